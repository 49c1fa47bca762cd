import type { Contact, Note, NoteKind } from "../domain/types.js";

export type NotesByKind = Record<NoteKind, string[]>;

/**
 * The notes a message to `contact` may use (R7: each note personal). Highlights must come from
 * that conversation, so only the contact's own count; for the other kinds the interview-wide notes
 * (no contact) fill in when the contact has none. Without a contact, the interview-wide notes.
 */
export function selectNotes(notes: readonly Note[], contact: Contact | null): NotesByKind {
  const texts = (kind: NoteKind, contactId: string | null): string[] =>
    notes
      .filter((note) => note.kind === kind && note.contactId === contactId)
      .map((note) => note.text.trim())
      .filter((text) => text !== "");
  const pick = (kind: NoteKind): string[] => {
    if (contact === null) return texts(kind, null);
    const own = texts(kind, contact.id);
    return own.length > 0 || kind === "highlight" ? own : texts(kind, null);
  };
  return {
    highlight: pick("highlight"),
    qualification: pick("qualification"),
    clarify: pick("clarify"),
    "personal-interest": pick("personal-interest"),
    question: pick("question"),
  };
}
