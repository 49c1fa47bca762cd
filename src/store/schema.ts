// Kysely's view of the tables. Columns are snake_case in SQL and camelCase here (CamelCasePlugin).
// Portable types only, so SQLite and PostgreSQL behave the same: text ids, UTC ISO text instants,
// integer 0/1 booleans, JSON as text.

export interface AccountsTable {
  id: string;
  name: string;
  createdAt: string;
}

export interface ProfilesTable {
  accountId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  signature: string | null;
  timeZone: string;
  country: string;
  region: string | null;
  strengths: string;
  sendCard: number;
  linkedIn: number;
  summaryLetter: number;
  maxUnanswered: number;
  assumedTimelineDays: number;
  updatedAt: string | null;
}

export interface CompaniesTable {
  id: string;
  accountId: string;
  name: string;
  website: string | null;
  country: string | null;
  region: string | null;
  register: string | null;
  createdAt: string;
}

export interface ApplicationsTable {
  id: string;
  accountId: string;
  companyId: string;
  role: string;
  postingUrl: string | null;
  status: string;
  createdAt: string;
}

export interface InterviewsTable {
  id: string;
  accountId: string;
  applicationId: string;
  round: number;
  startsAt: string;
  timeZone: string;
  format: string;
  location: string | null;
  timelineText: string | null;
  timelineDate: string | null;
  nextStep: string | null;
  feeling: string | null;
  country: string | null;
  region: string | null;
  sendCard: number | null;
  summaryLetter: number | null;
  createdAt: string;
}

export interface ContactsTable {
  id: string;
  accountId: string;
  companyId: string;
  name: string;
  title: string | null;
  organization: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  postalAddress: string | null;
  preferredChannel: string | null;
  role: string;
  agreedToConnect: number;
  timeZone: string | null;
  honorific: string | null;
  register: string | null;
  createdAt: string;
}

export interface ParticipationsTable {
  accountId: string;
  interviewId: string;
  contactId: string;
  seat: number;
  followUpOn: string | null;
  followUpVia: string | null;
}

export interface NotesTable {
  id: string;
  accountId: string;
  interviewId: string;
  contactId: string | null;
  kind: string;
  text: string;
  createdAt: string;
}

export interface CorrespondenceTable {
  id: string;
  accountId: string;
  applicationId: string | null;
  interviewId: string | null;
  direction: string;
  channel: string;
  occurredAt: string;
  subject: string | null;
  body: string;
  messageId: string | null;
  threadId: string | null;
  inReplyTo: string | null;
  actionId: string | null;
  createdAt: string;
}

export interface CorrespondenceContactsTable {
  accountId: string;
  correspondenceId: string;
  contactId: string;
}

export interface EventsTable {
  id: string;
  accountId: string;
  interviewId: string;
  contactId: string | null;
  kind: string;
  outcome: string | null;
  occurredAt: string;
  nextInterviewId: string | null;
  note: string | null;
  timelineText: string | null;
  timelineDate: string | null;
  createdAt: string;
}

export interface ActionsTable {
  id: string;
  accountId: string;
  interviewId: string;
  contactId: string | null;
  kind: string;
  channel: string;
  dueDate: string;
  /** window.due as a UTC instant, so the agenda can sort and filter on text. */
  dueAt: string;
  windowStart: string;
  windowDue: string;
  windowLate: string;
  windowOverdue: string;
  rules: string;
  why: string;
  status: string;
  snoozedUntil: string | null;
  doneAt: string | null;
  skipReason: string | null;
  correspondenceId: string | null;
  updatedAt: string;
}

/** A deleted record, whole (JSON), until it is restored or forgotten. */
export interface TrashTable {
  accountId: string;
  id: string;
  kind: string;
  /** What the record was, in words ("Note: Her team moved to dbt…"). */
  label: string;
  record: string;
  deletedAt: string;
}

/** The user's edits of one action's draft (see the draft-edits migration). */
export interface DraftEditsTable {
  accountId: string;
  actionId: string;
  ownSubject: number;
  subject: string | null;
  body: string | null;
  revision: number;
  updatedAt: string;
  /** The channel the draft was switched to; null: the action's planned one. */
  channel: string | null;
}

/** A write made on the phone, by the id made there: the record it made (see the client-writes migration). */
export interface ClientWritesTable {
  accountId: string;
  clientId: string;
  kind: string;
  requestHash: string;
  recordId: string | null;
  createdAt: string;
}

/** The user's own words, never misspellings (see the user-words migration). */
export interface UserWordsTable {
  accountId: string;
  wordKey: string;
  word: string;
  createdAt: string;
}

export interface TemplatesTable {
  accountId: string;
  id: string;
  text: string;
  updatedAt: string;
}

export interface Database {
  accounts: AccountsTable;
  profiles: ProfilesTable;
  companies: CompaniesTable;
  applications: ApplicationsTable;
  interviews: InterviewsTable;
  contacts: ContactsTable;
  participations: ParticipationsTable;
  notes: NotesTable;
  correspondence: CorrespondenceTable;
  correspondenceContacts: CorrespondenceContactsTable;
  events: EventsTable;
  actions: ActionsTable;
  templates: TemplatesTable;
  trash: TrashTable;
  draftEdits: DraftEditsTable;
  clientWrites: ClientWritesTable;
  userWords: UserWordsTable;
  smtpSettings: SmtpSettingsTable;
  outbox: OutboxTable;
  calendarSequences: CalendarSequencesTable;
  calendarFeeds: CalendarFeedsTable;
  imapSettings: ImapSettingsTable;
  imapSyncStates: ImapSyncStatesTable;
  authUsers: AuthUsersTable;
  authSessions: AuthSessionsTable;
  authCredentials: AuthCredentialsTable;
  authVerifications: AuthVerificationsTable;
  authRateLimits: AuthRateLimitsTable;
  authPasskeys: AuthPasskeysTable;
  auditLog: AuditLogTable;
  watchSources: WatchSourcesTable;
  watchItems: WatchItemsTable;
  newsPicks: NewsPicksTable;
}

/** R24: the SEQUENCE of each action's calendar event, bumped when what a calendar shows changes. */
export interface CalendarSequencesTable {
  actionId: string;
  accountId: string;
  sequence: number;
  fingerprint: string;
}

/** The secret in the subscribable feed's address; rotating it replaces the row. */
export interface CalendarFeedsTable {
  accountId: string;
  secret: string;
  createdAt: string;
}

/** The user's mailbox; the password is AES-256-GCM ciphertext, the key is not in the database. */
export interface ImapSettingsTable {
  accountId: string;
  host: string;
  port: number;
  username: string;
  passwordEncrypted: string;
  secure: number;
  /** JSON array of mailbox names. */
  mailboxes: string;
  updatedAt: string;
}

/** Where each mailbox's sync got to: the last UID seen, valid only under this UIDVALIDITY. */
export interface ImapSyncStatesTable {
  accountId: string;
  mailbox: string;
  uidValidity: string;
  lastUid: number;
  updatedAt: string;
}

// Hosted mode's sign-in tables are better-auth's (its fields; Dates on PostgreSQL, where
// hosted mode runs; ISO text when written to SQLite);
// the store reads them only to list sessions, audit and delete an account.
export interface AuthUsersTable {
  id: string;
  name: string;
  email: string;
  /** 1/0 on SQLite, where hosted mode never runs. */
  emailVerified: boolean | number;
  image: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export interface AuthSessionsTable {
  id: string;
  userId: string;
  /** SHA-256 of the cookie's token, never the token itself. */
  token: string;
  expiresAt: Date | string;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export interface AuthCredentialsTable {
  id: string;
  userId: string;
  accountId: string;
  providerId: string;
  accessToken: string | null;
  refreshToken: string | null;
  idToken: string | null;
  accessTokenExpiresAt: Date | string | null;
  refreshTokenExpiresAt: Date | string | null;
  scope: string | null;
  /** The argon2id hash (PHC string). */
  password: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/** A passkey (WebAuthn credential) of an account: its public key and signature counter. */
export interface AuthPasskeysTable {
  id: string;
  /** The auth_users id, which is the accounts id (better-auth's userId). */
  accountId: string;
  name: string | null;
  /** The credential's public key (COSE), base64. */
  publicKey: string;
  credentialId: string;
  /** bigint: a string when read from PostgreSQL. */
  counter: number | string;
  deviceType: string;
  backedUp: boolean | number;
  transports: string | null;
  aaguid: string | null;
  createdAt: Date | string | null;
}

export interface AuthVerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expiresAt: Date | string;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export interface AuthRateLimitsTable {
  id: string;
  key: string;
  count: number;
  lastRequest: number | string;
}

/** Sign-ins, sign-outs and account changes, refused ones too. */
export interface AuditLogTable {
  id: string;
  accountId: string | null;
  event: string;
  outcome: "ok" | "refused";
  ipAddress: string | null;
  userAgent: string | null;
  detail: string | null;
  at: string;
}

/** The user's own SMTP server; the password is AES-256-GCM ciphertext, the key is not in here. */
export interface SmtpSettingsTable {
  accountId: string;
  host: string;
  port: number;
  username: string;
  passwordEncrypted: string;
  secureMode: string;
  fromAddress: string | null;
  digestEnabled: number;
  digestHour: number;
  updatedAt: string;
}

/** One message's way out: its idempotency key, its Message-ID, its raw bytes and its state. */
export interface OutboxTable {
  id: string;
  accountId: string;
  idempotencyKey: string;
  actionId: string | null;
  kind: string;
  messageId: string;
  fromAddress: string;
  toAddress: string;
  subject: string;
  body: string;
  raw: string;
  state: string;
  attempts: number;
  sendAt: string;
  nextAttemptAt: string;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  smtpResponse: string | null;
  sentAt: string | null;
  correspondenceId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A careers board or news feed watched for a company (R20), with its poll state. */
export interface WatchSourcesTable {
  id: string;
  accountId: string;
  companyId: string;
  kind: string;
  provider: string | null;
  token: string | null;
  url: string;
  inputUrl: string;
  title: string | null;
  status: string;
  statusReason: string | null;
  failures: number;
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: string | null;
  nextCheckAt: string;
  createdAt: string;
}

/** A posting or news item a source was found to hold; dismissed_at set is its tombstone. */
export interface WatchItemsTable {
  id: string;
  accountId: string;
  companyId: string;
  sourceId: string;
  kind: string;
  itemKey: string;
  title: string;
  url: string | null;
  location: string | null;
  department: string | null;
  summary: string | null;
  publishedAt: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  dismissedAt: string | null;
}

/** The news item a check-in mentions, picked by the user (see the news-picks migration). */
export interface NewsPicksTable {
  accountId: string;
  actionId: string;
  itemId: string;
  pickedAt: string;
}
