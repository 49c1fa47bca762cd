import type { z } from "zod";
import type { auditSchema, sessionSchema } from "../transports/http/routes/account.routes.js";
import type {
  forgottenCompanySchema,
  updateCompanyBody,
} from "../transports/http/routes/companies.routes.js";
import type {
  addContactBody,
  seatedPeopleSchema,
  seatReportSchema,
} from "../transports/http/routes/contacts.routes.js";
import type { answerBody } from "../transports/http/routes/drafts.routes.js";
import type { queueBody } from "../transports/http/routes/outbox.routes.js";
import type {
  addNoteBody,
  logCorrespondenceBody,
  recordEventBody,
} from "../transports/http/routes/records.routes.js";
import type {
  addWatchSourceBody,
  companyWatchSchema,
  pollOutcomeSchema,
  watchItemSchema,
} from "../transports/http/routes/watch.routes.js";
import type {
  actionSchema,
  companySchema,
  contactSchema,
  correspondenceSchema,
  eventSchema,
  interviewSchema,
  noteSchema,
  participantSchema,
  profileSchema,
} from "../transports/http/schemas/domain.schemas.js";
import type {
  actionDraftSchema,
  answerSchema,
  calendarFeedSchema,
  draftSaveStateSchema,
  draftSchema,
  findingSchema,
  searchResultSchema,
  sentTextSchema,
  templateSchema,
} from "../transports/http/schemas/drafts.schemas.js";
import type { errorSchema } from "../transports/http/schemas/error.schema.js";
import type {
  outboxViewSchema,
  queueResultSchema,
} from "../transports/http/schemas/outbox.schemas.js";
import type {
  addedInterviewSchema,
  agendaRowSchema,
  agendaSchema,
  applicationDetailSchema,
  contactDetailSchema,
  importSummarySchema,
  interviewDetailSchema,
  interviewSummarySchema,
  recordedEventSchema,
  timelineEntrySchema,
  trashEntrySchema,
} from "../transports/http/schemas/views.schemas.js";
import type { editContactChanges } from "../use-cases/contacts/edit-contact.js";
import type { editParticipationChanges } from "../use-cases/contacts/edit-participation.js";
import type { editCorrespondenceChanges } from "../use-cases/correspondence/edit-correspondence.js";
import type { ExportDocument } from "../use-cases/data/export-document.js";
import type { checkTextInput } from "../use-cases/drafts/check-text.js";
import type { draftEditsInput } from "../use-cases/drafts/render-action-draft.js";
import type { saveDraftEditsInput } from "../use-cases/drafts/save-draft-edits.js";
import type { switchDraftChannelInput } from "../use-cases/drafts/switch-draft-channel.js";
import type { addInterviewInput } from "../use-cases/interviews/add-interview.js";
import type { editInterviewChanges } from "../use-cases/interviews/edit-interview.js";
import type { editNoteChanges } from "../use-cases/notes/edit-note.js";
import type { setProfileInput } from "../use-cases/profile/set-profile.js";

// Every type the client speaks, derived from the zod schemas the server validates with:
// responses as the server sends them (output), requests as a caller writes them (input).

export type Profile = z.output<typeof profileSchema>;
export type Interview = z.output<typeof interviewSchema>;
export type Contact = z.output<typeof contactSchema>;
export type Participant = z.output<typeof participantSchema>;
export type Note = z.output<typeof noteSchema>;
export type Correspondence = z.output<typeof correspondenceSchema>;
export type InterviewEvent = z.output<typeof eventSchema>;
export type FollowUpAction = z.output<typeof actionSchema>;
export type Agenda = z.output<typeof agendaSchema>;
export type AgendaRow = z.output<typeof agendaRowSchema>;
export type InterviewSummary = z.output<typeof interviewSummarySchema>;
export type AddedInterview = z.output<typeof addedInterviewSchema>;
export type InterviewDetail = z.output<typeof interviewDetailSchema>;
export type ContactDetail = z.output<typeof contactDetailSchema>;
export type RecordedEvent = z.output<typeof recordedEventSchema>;
export type ImportSummary = z.output<typeof importSummarySchema>;
export type ApplicationDetail = z.output<typeof applicationDetailSchema>;
export type TimelineEntry = z.output<typeof timelineEntrySchema>;
export type Draft = z.output<typeof draftSchema>;
export type ActionDraft = z.output<typeof actionDraftSchema>;
export type SentText = z.output<typeof sentTextSchema>;
export type DraftSaveState = z.output<typeof draftSaveStateSchema>;
export type Finding = z.output<typeof findingSchema>;
export type Template = z.output<typeof templateSchema>;
export type Answer = z.output<typeof answerSchema>;
export type SearchResult = z.output<typeof searchResultSchema>;
export type CalendarFeed = z.output<typeof calendarFeedSchema>;
export type ErrorBody = z.output<typeof errorSchema>;
export type DeletedRecord = z.output<typeof trashEntrySchema>;
export type OutboxEntry = z.output<typeof outboxViewSchema>;
export type QueueResult = z.output<typeof queueResultSchema>;
export type Company = z.output<typeof companySchema>;
export type ForgottenCompany = z.output<typeof forgottenCompanySchema>;
export type UpdateCompanyRequest = z.input<typeof updateCompanyBody>;
export type QueueRequest = z.input<typeof queueBody>;
export type { ExportDocument };

export type SetProfileRequest = z.input<typeof setProfileInput>;
export type AddInterviewRequest = z.input<typeof addInterviewInput>;
export type AddContactRequest = z.input<typeof addContactBody>;
export type AddNoteRequest = z.input<typeof addNoteBody>;
export type EditNoteRequest = z.input<typeof editNoteChanges>;
export type EditCorrespondenceRequest = z.input<typeof editCorrespondenceChanges>;
export type EditContactRequest = z.input<typeof editContactChanges>;
export type EditParticipationRequest = z.input<typeof editParticipationChanges>;
export type SeatedPeople = z.output<typeof seatedPeopleSchema>;
export type SeatReport = z.output<typeof seatReportSchema>;
export type EditInterviewRequest = z.input<typeof editInterviewChanges>;
export type LogCorrespondenceRequest = z.input<typeof logCorrespondenceBody>;
export type RecordEventRequest = z.input<typeof recordEventBody>;
export type CheckTextRequest = z.input<typeof checkTextInput>;
export type AnswerRequest = z.input<typeof answerBody>;
export type DraftFormat = "text" | "eml" | "mailto" | "pdf";
export type DraftEditsRequest = z.input<typeof draftEditsInput>;
export type SaveDraftRequest = z.input<typeof saveDraftEditsInput>;
export type SwitchDraftChannelRequest = z.input<typeof switchDraftChannelInput>;
/** A draft file as the server sent it, with the name it suggested. */
export interface DraftFile {
  fileName: string;
  contentType: string;
  content: Blob;
  /** Characters the PDF has no glyph for: they print as empty boxes (header Missing-Glyphs). */
  missingGlyphs: string[];
}

/** Hosted mode: one place the person is signed in, and one entry of their account's audit log. */
export type Session = z.output<typeof sessionSchema>;
export type AuditEntry = z.output<typeof auditSchema>;
export type CompanyWatch = z.output<typeof companyWatchSchema>;
export type WatchPollOutcome = z.output<typeof pollOutcomeSchema>;
export type WatchItem = z.output<typeof watchItemSchema>;
export type AddWatchSourceRequest = z.input<typeof addWatchSourceBody>;
export type { UserWord } from "../store/repositories/user-word.repository.js";
