import type { Interview } from "../../core/domain/types.js";
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
import { putBackCorrespondence } from "../correspondence/put-back-correspondence.js";
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
    if (!entry) throw notFound("recently deleted record", "id");
    switch (entry.kind) {
      case "note": {
        const { interview, contactId } = await placeOf(tx, entry);
        const note = { ...entry.record, contactId };
        await insertNote(tx.db, tx.accountId, note);
        await removeFromTrash(tx.db, tx.accountId, id);
        await replanInterviewCompany(tx, interview);
        return { ...entry, record: note };
      }
      case "event": {
        const { interview, contactId } = await placeOf(tx, entry);
        const event = { ...entry.record, contactId };
        await insertEvent(tx.db, tx.accountId, event);
        await removeFromTrash(tx.db, tx.accountId, id);
        await refreshApplicationStatus(tx, interview.applicationId);
        await replanInterviewCompany(tx, interview);
        return { ...entry, record: event };
      }
      case "correspondence": {
        const record = await putBackCorrespondence(tx, entry.record);
        await removeFromTrash(tx.db, tx.accountId, id);
        return { ...entry, record };
      }
      default:
        return entry satisfies never;
    }
  });
}

/**
 * Where a deleted record goes back: its interview, which must still exist, and its person, who
 * may have left the interview since (the record then comes back without them).
 */
async function placeOf(
  ctx: UseCaseContext,
  entry: Extract<TrashEntry, { kind: "note" | "event" }>,
): Promise<{ interview: Interview; contactId: string | null }> {
  const { interviewId, contactId } = entry.record;
  const interview = await getInterview(ctx.db, ctx.accountId, interviewId);
  if (!interview)
    throw new AppError(
      "CONFLICT",
      `This ${entry.kind}'s interview was deleted too, so the ${entry.kind} cannot come back on its own.`,
      { field: "id", accepted: "restore the interview first" },
    );
  const seated = await listParticipants(ctx.db, ctx.accountId, interviewId);
  return { interview, contactId: seated.some((p) => p.id === contactId) ? contactId : null };
}
