import { deleteNote as deleteNoteRow } from "../../store/repositories/note.repository.js";
import { putInTrash, type TrashEntry } from "../../store/repositories/trash.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { replanInterviewCompany } from "../planning/replan-interview-company.js";
import { lockNote } from "./lock-note.js";

/** Deletes a note; it waits among the recently deleted, whole, so the delete can be undone. */
export async function deleteNote(
  ctx: UseCaseContext,
  id: string,
): Promise<Extract<TrashEntry, { kind: "note" }>> {
  return inTransaction(ctx, async (tx) => {
    const note = await lockNote(tx, id);
    const entry: Extract<TrashEntry, { kind: "note" }> = {
      id: note.id,
      kind: "note",
      label: `Note: “${note.text.length > 60 ? `${note.text.slice(0, 59)}…` : note.text}”`,
      record: note,
      deletedAt: tx.now(),
    };
    await deleteNoteRow(tx.db, tx.accountId, id);
    await putInTrash(tx.db, tx.accountId, entry);
    await replanInterviewCompany(tx, await requireInterview(tx, note.interviewId));
    return entry;
  });
}
