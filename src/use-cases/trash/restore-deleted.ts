import { AppError, notFound } from "../../errors/app-error.js";
import { listParticipants } from "../../store/repositories/contact.repository.js";
import { insertEvent } from "../../store/repositories/event.repository.js";
import { getInterview } from "../../store/repositories/interview.repository.js";
import { insertNote } from "../../store/repositories/note.repository.js";
import {
  findInTrash,
  listTrash,
  removeFromTrash,
  type TrashEntry,
} from "../../store/repositories/trash.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { refreshApplicationStatus } from "../planning/delete-event.js";
import { replanInterviewCompany } from "../planning/replan-interview-company.js";

/** What was deleted recently, newest first, each with a sentence saying what it was. */
export async function listDeleted(ctx: UseCaseContext): Promise<TrashEntry[]> {
  return listTrash(ctx.db, ctx.accountId);
}

/** Undoes a delete: the record comes back as it was, and the company is re-planned. */
export async function restoreDeleted(ctx: UseCaseContext, id: string): Promise<TrashEntry> {
  return inTransaction(ctx, async (tx) => {
    const entry = await findInTrash(tx.db, tx.accountId, id);
    if (!entry) throw notFound("recently deleted record", id, "id");
    switch (entry.kind) {
      case "note": {
        const note = entry.record;
        const interview = await getInterview(tx.db, tx.accountId, note.interviewId);
        if (!interview)
          throw new AppError(
            "CONFLICT",
            "This note's interview was deleted too, so the note cannot come back on its own.",
            { field: "id", accepted: "restore the interview first" },
          );
        // The person may have left the interview since: the note then stays, without them.
        const seated = await listParticipants(tx.db, tx.accountId, note.interviewId);
        const contactId = seated.some((p) => p.id === note.contactId) ? note.contactId : null;
        await insertNote(tx.db, tx.accountId, { ...note, contactId });
        await removeFromTrash(tx.db, tx.accountId, id);
        await replanInterviewCompany(tx, interview);
        return { ...entry, record: { ...note, contactId } };
      }
      case "event": {
        const event = entry.record;
        const interview = await getInterview(tx.db, tx.accountId, event.interviewId);
        if (!interview)
          throw new AppError(
            "CONFLICT",
            "This event's interview was deleted too, so the event cannot come back on its own.",
            { field: "id", accepted: "restore the interview first" },
          );
        const seated = await listParticipants(tx.db, tx.accountId, event.interviewId);
        const contactId = seated.some((p) => p.id === event.contactId) ? event.contactId : null;
        const restored = { ...event, contactId };
        await insertEvent(tx.db, tx.accountId, restored);
        await removeFromTrash(tx.db, tx.accountId, id);
        await refreshApplicationStatus(tx, interview.applicationId);
        await replanInterviewCompany(tx, interview);
        return { ...entry, record: restored };
      }
      default:
        return entry satisfies never;
    }
  });
}
