import { ApiError } from "./api-error.js";
import type {
  ActionDraft,
  AddContactRequest,
  AddedInterview,
  AddInterviewRequest,
  AddNoteRequest,
  AddWatchSourceRequest,
  Agenda,
  Answer,
  AnswerRequest,
  ApplicationDetail,
  AuditEntry,
  CalendarFeed,
  CheckTextRequest,
  Company,
  CompanyWatch,
  Contact,
  ContactDetail,
  Correspondence,
  DeletedRecord,
  DraftEditsRequest,
  DraftFile,
  DraftFormat,
  DraftSaveState,
  EditContactRequest,
  EditCorrespondenceRequest,
  EditInterviewRequest,
  EditNoteRequest,
  EditParticipationRequest,
  ErrorBody,
  ExportDocument,
  Finding,
  FollowUpAction,
  ForgottenCompany,
  ImportSummary,
  Interview,
  InterviewDetail,
  InterviewSummary,
  LogCorrespondenceRequest,
  Note,
  OutboxEntry,
  Participant,
  Profile,
  QueueRequest,
  QueueResult,
  RecordEventRequest,
  RecordedEvent,
  SaveDraftRequest,
  SearchResult,
  SeatedPeople,
  Session,
  SetProfileRequest,
  SwitchDraftChannelRequest,
  Template,
  UpdateCompanyRequest,
  UserWord,
  WatchItem,
  WatchPollOutcome,
} from "./api-types.js";
import type { DeletedEvent, EditEventRequest, EditedEvent } from "./event-types.js";

export interface ApiClientOptions {
  /** Where the server is; "" (same origin) in the web app. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export type ApiClient = ReturnType<typeof createApiClient>;

const enc = encodeURIComponent;

/** The one typed client of the HTTP API, used by the web app and the end-to-end tests. */
export function createApiClient(options: ApiClientOptions = {}) {
  const base = options.baseUrl ?? "";
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(
    method: string,
    path: string,
    body?: unknown,
    type = "application/json",
  ): Promise<Response> {
    const init: RequestInit = { method, headers: { accept: "application/json" } };
    if (body !== undefined) {
      init.body =
        type === "application/json"
          ? JSON.stringify(body)
          : typeof body === "string" || body instanceof Blob
            ? body
            : body instanceof Uint8Array
              ? // A copy in an ArrayBuffer of its own, which fetch takes in every runtime.
                new Uint8Array(body).buffer
              : JSON.stringify(body);
      init.headers = { ...init.headers, "content-type": type };
    }
    const res = await doFetch(`${base}${path}`, init);
    if (!res.ok) throw await errorOf(res);
    return res;
  }
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> =>
    (await (await send(method, path, body)).json()) as T;
  const text = async (path: string): Promise<string> => (await send("GET", path)).text();

  return {
    getProfile: () => json<Profile>("GET", "/api/profile"),
    setProfile: (body: SetProfileRequest) => json<Profile>("PUT", "/api/profile", body),

    listInterviews: () => json<InterviewSummary[]>("GET", "/api/interviews"),
    addInterview: (body: AddInterviewRequest) =>
      json<AddedInterview>("POST", "/api/interviews", body),
    getInterview: (id: string) => json<InterviewDetail>("GET", `/api/interviews/${enc(id)}`),
    editInterview: (id: string, body: EditInterviewRequest) =>
      json<Interview>("PATCH", `/api/interviews/${enc(id)}`, body),
    getPlan: (id: string) =>
      json<{ actions: FollowUpAction[] }>("GET", `/api/interviews/${enc(id)}/plan`),

    addContact: (interviewId: string, body: AddContactRequest) =>
      json<Participant>("POST", `/api/interviews/${enc(interviewId)}/contacts`, body),
    /** The file as bytes (a Blob or bytes) or as text; skipInvalid imports the cards that can be. */
    importContacts: async (
      interviewId: string,
      vcard: string | Blob | Uint8Array,
      options: { skipInvalid?: boolean } = {},
    ) =>
      (await (
        await send(
          "POST",
          `/api/interviews/${enc(interviewId)}/contacts/import${options.skipInvalid ? "?skipInvalid=true" : ""}`,
          vcard,
          "text/vcard",
        )
      ).json()) as SeatedPeople,
    editContact: (id: string, body: EditContactRequest) =>
      json<Contact>("PATCH", `/api/contacts/${enc(id)}`, body),
    editParticipation: (interviewId: string, contactId: string, body: EditParticipationRequest) =>
      json<Participant>(
        "PATCH",
        `/api/interviews/${enc(interviewId)}/contacts/${enc(contactId)}`,
        body,
      ),
    listContacts: () => json<Contact[]>("GET", "/api/contacts"),
    getContact: (id: string) => json<ContactDetail>("GET", `/api/contacts/${enc(id)}`),

    addNote: (interviewId: string, body: AddNoteRequest) =>
      json<Note>("POST", `/api/interviews/${enc(interviewId)}/notes`, body),
    editNote: (id: string, body: EditNoteRequest) =>
      json<Note>("PATCH", `/api/notes/${enc(id)}`, body),
    deleteNote: (id: string) => json<DeletedRecord>("DELETE", `/api/notes/${enc(id)}`),
    /** Deletes an event; the answer says what its delete moved in the plan (R16). */
    deleteEvent: (id: string) => json<DeletedEvent>("DELETE", `/api/events/${enc(id)}`),
    /** Corrects an event; the answer says what moved in the plan (R16). */
    editEvent: (id: string, body: EditEventRequest) =>
      json<EditedEvent>("PATCH", `/api/events/${enc(id)}`, body),
    listDeleted: () => json<DeletedRecord[]>("GET", "/api/trash"),
    /** The user's own words, never misspellings in their checks (issue 11). */
    listWords: () => json<UserWord[]>("GET", "/api/words"),
    addWord: (word: string) => json<UserWord[]>("POST", "/api/words", { word }),
    removeWord: (word: string) => json<UserWord[]>("POST", "/api/words/remove", { word }),
    restoreDeleted: (id: string) => json<DeletedRecord>("POST", `/api/trash/${enc(id)}/restore`),
    logCorrespondence: (interviewId: string, body: LogCorrespondenceRequest) =>
      json<Correspondence>("POST", `/api/interviews/${enc(interviewId)}/correspondence`, body),
    editCorrespondence: (id: string, body: EditCorrespondenceRequest) =>
      json<Correspondence>("PATCH", `/api/correspondence/${enc(id)}`, body),
    /** A message that fulfilled a follow-up is refused (409, saying what happens) unless confirmed. */
    deleteCorrespondence: (id: string, options: { confirm?: boolean } = {}) =>
      json<DeletedRecord>(
        "DELETE",
        `/api/correspondence/${enc(id)}${options.confirm ? "?confirm=true" : ""}`,
      ),
    recordEvent: (interviewId: string, body: RecordEventRequest) =>
      json<RecordedEvent>("POST", `/api/interviews/${enc(interviewId)}/events`, body),

    /** Today: the counts, then a page of each group (`limit`), or the next page of one group. */
    getAgenda: (
      query: {
        days?: number;
        limit?: number;
        group?: keyof Agenda["counts"];
        offset?: number;
      } = {},
    ) => {
      const params = new URLSearchParams();
      for (const [name, value] of Object.entries(query))
        if (value !== undefined) params.set(name, String(value));
      const qs = params.toString();
      return json<Agenda>("GET", `/api/agenda${qs ? `?${qs}` : ""}`);
    },
    markDone: (actionId: string) =>
      json<FollowUpAction>("POST", `/api/actions/${enc(actionId)}/done`),
    skip: (actionId: string, reason: string) =>
      json<FollowUpAction>("POST", `/api/actions/${enc(actionId)}/skip`, { reason }),
    snooze: (actionId: string, until: string) =>
      json<FollowUpAction>("POST", `/api/actions/${enc(actionId)}/snooze`, { until }),

    getApplication: (id: string) => json<ApplicationDetail>("GET", `/api/applications/${enc(id)}`),

    getDraft: (actionId: string) => json<ActionDraft>("GET", `/api/actions/${enc(actionId)}/draft`),
    /** Keeps the user's edits on the server; `revision` is the one last loaded (409 if older). */
    saveDraft: (actionId: string, body: SaveDraftRequest) =>
      json<DraftSaveState>("PUT", `/api/actions/${enc(actionId)}/draft`, body),
    /** The news item a check-in mentions (R20), or null for none: the draft as it now reads. */
    pickDraftNews: (actionId: string, newsItemId: string | null) =>
      json<ActionDraft>("PATCH", `/api/actions/${enc(actionId)}/news`, { newsItemId }),
    /** The draft written for another channel; 409 when it would replace the user's edits unasked. */
    switchDraftChannel: (actionId: string, body: SwitchDraftChannelRequest) =>
      json<ActionDraft>("POST", `/api/actions/${enc(actionId)}/draft/channel`, body),
    /** Back to the suggested text. */
    discardDraft: (actionId: string) =>
      json<ActionDraft>("DELETE", `/api/actions/${enc(actionId)}/draft`),
    /** The address of a draft file, for a download link. */
    draftFileUrl: (actionId: string, format: DraftFormat) =>
      `${base}/api/actions/${enc(actionId)}/draft/${format}`,
    getDraftFile: (actionId: string, format: DraftFormat) =>
      text(`/api/actions/${enc(actionId)}/draft/${format}`),
    /** The user's edited subject and body as a file of the draft's format, to the same recipient. */
    renderEditedDraft: async (
      actionId: string,
      format: DraftFormat,
      edits: DraftEditsRequest,
    ): Promise<DraftFile> => {
      const res = await send("POST", `/api/actions/${enc(actionId)}/draft/${format}`, edits);
      return {
        fileName: fileNameOf(res.headers.get("content-disposition")) ?? `draft.${format}`,
        contentType: res.headers.get("content-type") ?? "application/octet-stream",
        content: await res.blob(),
        missingGlyphs: glyphsOf(res.headers.get(MISSING_GLYPHS_HEADER)),
      };
    },
    checkText: (body: CheckTextRequest) => json<Finding[]>("POST", "/api/checks", body),
    answer: (body: AnswerRequest) => json<Answer>("POST", "/api/answers", body),
    listTemplates: () => json<Template[]>("GET", "/api/templates"),
    saveTemplate: (id: string, text: string) =>
      json<Template>("PUT", `/api/templates/${enc(id)}`, { text }),
    resetTemplate: (id: string) => json<Template>("DELETE", `/api/templates/${enc(id)}`),

    search: (words: string, limit?: number) =>
      json<SearchResult>(
        "GET",
        `/api/search?text=${enc(words)}${limit === undefined ? "" : `&limit=${limit}`}`,
      ),
    getCalendarFeed: () => json<CalendarFeed>("GET", "/api/calendar-feed"),
    rotateCalendarFeed: () => json<CalendarFeed>("POST", "/api/calendar-feed/rotate"),

    updateCompany: (id: string, body: UpdateCompanyRequest) =>
      json<Company>("PATCH", `/api/companies/${enc(id)}`, body),
    forgetCompany: (id: string, confirm: string) =>
      json<ForgottenCompany>("DELETE", `/api/companies/${enc(id)}?confirm=${enc(confirm)}`),
    companyWatch: (companyId: string) =>
      json<CompanyWatch>("GET", `/api/companies/${enc(companyId)}/watch`),
    addWatchSource: (companyId: string, body: AddWatchSourceRequest) =>
      json<WatchPollOutcome>("POST", `/api/companies/${enc(companyId)}/watch/sources`, body),
    checkWatchSource: (sourceId: string) =>
      json<WatchPollOutcome>("POST", `/api/watch/sources/${enc(sourceId)}/check`),
    removeWatchSource: (sourceId: string) =>
      json<{ removed: string }>("DELETE", `/api/watch/sources/${enc(sourceId)}`),
    dismissWatchItem: (itemId: string, dismissed = true) =>
      json<WatchItem>("PATCH", `/api/watch/items/${enc(itemId)}`, { dismissed }),
    queue: (actionId: string, body: QueueRequest) =>
      json<QueueResult>("POST", `/api/actions/${enc(actionId)}/queue`, body),
    listOutbox: () => json<OutboxEntry[]>("GET", "/api/outbox"),

    // Hosted mode only: where the person is signed in, signing one session out, the audit log.
    listSessions: () => json<Session[]>("GET", "/api/account/sessions"),
    endSession: (id: string) => json<{ ended: true }>("DELETE", `/api/account/sessions/${enc(id)}`),
    listAuditLog: () => json<AuditEntry[]>("GET", "/api/account/audit"),

    exportData: () => json<ExportDocument>("GET", "/api/export"),
    importData: (doc: unknown) => json<ImportSummary>("POST", "/api/import", doc),
  };
}

/** The header a draft file names its characters without a glyph in, as U+XXXX (ASCII). */
export const MISSING_GLYPHS_HEADER = "followthrough-missing-glyphs";

function glyphsOf(header: string | null): string[] {
  return (header ?? "")
    .split(/\s+/)
    .filter((u) => /^U\+[0-9A-F]{4,6}$/.test(u))
    .map((u) => String.fromCodePoint(Number.parseInt(u.slice(2), 16)));
}

/** The file name of a Content-Disposition header (the server sends plain ASCII names). */
function fileNameOf(disposition: string | null): string | null {
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? null;
}

async function errorOf(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as ErrorBody;
    if (body?.error?.message) return new ApiError(res.status, body.error);
  } catch {
    // Not our error shape: say what the server said.
  }
  return new ApiError(res.status, {
    code: "UNEXPECTED",
    message: `The server answered ${res.status}.`,
  });
}
