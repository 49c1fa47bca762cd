import { listActions } from "../../store/repositories/action.repository.js";
import {
  findCalendarFeed,
  listCalendarSequenceRows,
} from "../../store/repositories/calendar.repository.js";
import { listApplications, listCompanies } from "../../store/repositories/company.repository.js";
import { listContacts, listParticipations } from "../../store/repositories/contact.repository.js";
import { listCorrespondence } from "../../store/repositories/correspondence.repository.js";
import { listDraftEdits } from "../../store/repositories/draft-edits.repository.js";
import { listEvents } from "../../store/repositories/event.repository.js";
import { listAllInterviews } from "../../store/repositories/interview.repository.js";
import { listNewsPicks } from "../../store/repositories/news-pick.repository.js";
import { listNotes } from "../../store/repositories/note.repository.js";
import { findProfile } from "../../store/repositories/profile.repository.js";
import { listStoredTemplates } from "../../store/repositories/template.repository.js";
import { listTrash } from "../../store/repositories/trash.repository.js";
import { listUserWords } from "../../store/repositories/user-word.repository.js";
import { listWatchItems, listWatchSources } from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import type { ExportDocument } from "./export-document.js";

const byId = <T extends { id: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Every record of the account, in a stable order (see export-document.ts); which table is where,
 * or why it is not, is in backup-coverage.ts.
 */
export async function exportData(ctx: UseCaseContext): Promise<ExportDocument> {
  const { db, accountId } = ctx;
  const contacts = await listContacts(db, accountId);
  return {
    format: "followthrough-export",
    version: 1,
    profile: await findProfile(db, accountId),
    companies: byId(await listCompanies(db, accountId)),
    applications: byId(await listApplications(db, accountId)),
    interviews: byId(await listAllInterviews(db, accountId)),
    contacts: byId(contacts),
    participations: (await listParticipations(db, accountId)).sort((a, b) =>
      `${a.interviewId} ${a.contactId}` < `${b.interviewId} ${b.contactId}` ? -1 : 1,
    ),
    notes: byId(await listNotes(db, accountId)),
    correspondence: byId(await listCorrespondence(db, accountId)),
    events: byId(await listEvents(db, accountId)),
    actions: byId(await listActions(db, accountId)),
    draftEdits: await listDraftEdits(db, accountId),
    templates: (await listStoredTemplates(db, accountId)) as ExportDocument["templates"],
    trash: byId(await listTrash(db, accountId)),
    calendarSequences: await listCalendarSequenceRows(db, accountId),
    calendarFeed: await findCalendarFeed(db, accountId),
    watchSources: byId(await listWatchSources(db, accountId)),
    watchItems: byId(await listWatchItems(db, accountId)),
    newsPicks: await listNewsPicks(db, accountId),
    userWords: await listUserWords(db, accountId),
  };
}
