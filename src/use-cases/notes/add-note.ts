import { z } from "zod";
import type { Note } from "../../core/domain/types.js";
import { invalidInput } from "../../errors/app-error.js";
import { newId } from "../../shared/new-id.js";
import { listParticipants } from "../../store/repositories/contact.repository.js";
import { getNote, insertNote } from "../../store/repositories/note.repository.js";
import { oncePerClientId } from "../client-writes/once-per-client-id.js";
import type { UseCaseContext } from "../context.js";
import { requireInterview } from "../interviews/show-interview.js";
import { parseInput } from "../parse-input.js";
import { clientId, noteKind, optionalText, text } from "../schemas.js";

export const addNoteInput = z.object({
  interviewId: text(40),
  contactId: optionalText(40),
  kind: noteKind,
  text: text(5000),
  clientId,
});
export type AddNoteInput = z.input<typeof addNoteInput>;

/**
 * A note from the interview, tagged by kind and, where it came from one person, by that person
 * (R2). Sent again with the same client id (the phone syncing), it answers with the note it made.
 */
export async function addNote(ctx: UseCaseContext, raw: AddNoteInput): Promise<Note> {
  const input = parseInput(addNoteInput, raw);
  const { clientId: _, ...fields } = input;
  return oncePerClientId(
    ctx,
    { clientId: input.clientId, kind: "note", input: fields },
    {
      write: async (tx) => {
        await requireInterview(tx, input.interviewId);
        await assertContactOnInterview(tx, input.contactId, input.interviewId);
        const note: Note = {
          id: newId("nt"),
          interviewId: input.interviewId,
          contactId: input.contactId,
          kind: input.kind,
          text: input.text,
          createdAt: tx.now(),
        };
        await insertNote(tx.db, tx.accountId, note);
        return note;
      },
      recordIdOf: (note) => note.id,
      stored: (ctx, id) => getNote(ctx.db, ctx.accountId, id),
    },
  );
}

/** A note's person must sit on its interview (R2: notes are per person met). */
export async function assertContactOnInterview(
  ctx: UseCaseContext,
  contactId: string | null,
  interviewId: string,
): Promise<void> {
  if (!contactId) return;
  const participants = await listParticipants(ctx.db, ctx.accountId, interviewId);
  if (participants.some((p) => p.id === contactId)) return;
  throw invalidInput(
    "contactId",
    "That person is not on this interview.",
    participants.length > 0
      ? `one of: ${participants.map((p) => `${p.name} (${p.id})`).join(", ")}`
      : "add the person to the interview first",
  );
}
