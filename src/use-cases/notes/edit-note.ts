import type { z } from "zod";
import type { Note } from "../../core/domain/types.js";
import { updateNote } from "../../store/repositories/note.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { parseInput } from "../parse-input.js";
import { replanInterviewCompany } from "../planning/replan-interview-company.js";
import { text } from "../schemas.js";
import { addNoteInput, assertContactOnInterview } from "./add-note.js";
import { lockNote } from "./lock-note.js";

/** The note's own fields, each optional: what is given is changed, the rest stays. */
export const editNoteChanges = addNoteInput
  .pick({ contactId: true, kind: true, text: true })
  .partial();
export const editNoteInput = editNoteChanges.extend({ id: text(40) });
export type EditNoteInput = z.input<typeof editNoteInput>;

/** Corrects a note (its words, kind or person); the company is re-planned, as after any change. */
export async function editNote(ctx: UseCaseContext, raw: EditNoteInput): Promise<Note> {
  const input = parseInput(editNoteInput, raw);
  return inTransaction(ctx, async (tx) => {
    const before = await lockNote(tx, input.id);
    const next: Note = {
      ...before,
      contactId: input.contactId === undefined ? before.contactId : input.contactId,
      kind: input.kind ?? before.kind,
      text: input.text ?? before.text,
    };
    await assertContactOnInterview(tx, next.contactId, next.interviewId);
    await updateNote(tx.db, tx.accountId, next);
    await replanInterviewCompany(tx, await requireInterview(tx, next.interviewId));
    return next;
  });
}
