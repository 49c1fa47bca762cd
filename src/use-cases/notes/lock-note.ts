import type { Note } from "../../core/domain/types.js";
import { notFound } from "../../errors/app-error.js";
import { lockCompanyPlanOfInterview } from "../../store/repositories/lock.repository.js";
import { getNote } from "../../store/repositories/note.repository.js";
import type { UseCaseContext } from "../context.js";

/**
 * The note as it stands once its company's plan is held: two changes to one note at once run one
 * after the other, each on what the other wrote, so neither undoes the other's field.
 */
export async function lockNote(tx: UseCaseContext, id: string): Promise<Note> {
  const seen = await getNote(tx.db, tx.accountId, id);
  if (!seen) throw notFound("note", "id");
  await lockCompanyPlanOfInterview(tx.db, tx.accountId, seen.interviewId);
  const note = await getNote(tx.db, tx.accountId, id);
  if (!note) throw notFound("note", "id");
  return note;
}
