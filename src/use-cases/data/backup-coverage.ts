import type { Database } from "../../store/schema.js";
import type { ExportDocument } from "./export-document.js";

/** Where a table's rows are in the export document, or why they are deliberately left out. */
export type BackupCoverage = { exportedAs: keyof ExportDocument } | { notExported: string };

/**
 * Every table of the store and its place in a backup (R25: every record is kept). A table added
 * to `Database` fails to compile until it is named here, and tests/integration/backup-complete
 * fails until a store with a row in every table exports and imports each exported one whole.
 */
export const BACKUP_COVERAGE: Record<keyof Database, BackupCoverage> = {
  accounts: {
    notExported:
      "the store's own account; an import goes into the account that imports, whatever its id",
  },
  profiles: { exportedAs: "profile" },
  companies: { exportedAs: "companies" },
  applications: { exportedAs: "applications" },
  interviews: { exportedAs: "interviews" },
  contacts: { exportedAs: "contacts" },
  participations: { exportedAs: "participations" },
  notes: { exportedAs: "notes" },
  correspondence: { exportedAs: "correspondence" },
  correspondenceContacts: { exportedAs: "correspondence" },
  events: { exportedAs: "events" },
  actions: { exportedAs: "actions" },
  templates: { exportedAs: "templates" },
  trash: { exportedAs: "trash" },
  draftEdits: { exportedAs: "draftEdits" },
  userWords: { exportedAs: "userWords" },
  calendarSequences: { exportedAs: "calendarSequences" },
  calendarFeeds: { exportedAs: "calendarFeed" },
  watchSources: { exportedAs: "watchSources" },
  watchItems: { exportedAs: "watchItems" },
  newsPicks: { exportedAs: "newsPicks" },
  clientWrites: {
    notExported:
      "which record each write from a phone made, so a write sent twice is stored once; it guards writes in flight to this store, and a restored store holds the records themselves",
  },
  smtpSettings: {
    notExported:
      "the password is ciphertext under a key kept outside the store (secret.key), so it would not open elsewhere, and a backup must not hold it readable; `smtp set` again after a restore",
  },
  imapSettings: {
    notExported:
      "the password is ciphertext under a key kept outside the store (secret.key), like the SMTP one; `imap set` again after a restore",
  },
  imapSyncStates: {
    notExported:
      "how far each mailbox's sync got belongs to the mailbox settings, which are not exported; a new sync reads the mailbox again and skips what is on record (by Message-ID)",
  },
  authUsers: {
    notExported:
      "hosted mode's sign-in: who may sign in to this server, not a record of the job search; an import goes into the account signed in",
  },
  authSessions: {
    notExported: "sign-in sessions (token digests) of this server; they mean nothing elsewhere",
  },
  authCredentials: {
    notExported:
      "password hashes: a backup must not carry them; sign in on the new server with its own account",
  },
  authVerifications: {
    notExported: "one-time tokens of mailed links, valid for an hour on this server only",
  },
  authPasskeys: {
    notExported:
      "public keys of the passkeys that sign in to this server, bound to its origin: they open no other server, so a restore asks the person to add a passkey there",
  },
  authRateLimits: {
    notExported: "counters of recent sign-in attempts per address, a minute long",
  },
  auditLog: {
    notExported:
      "the server's record of sign-ins and account changes; it stays with the server that saw them",
  },
  outbox: {
    notExported:
      "delivery state (leases, attempts, raw messages waiting to go); imported, a message could be sent a second time. What was sent is on record as correspondence",
  },
};
