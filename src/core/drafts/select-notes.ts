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
      .map((note) => asClause(note.text))
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

// Words that start a jotted sentence ("Her team moved to dbt.") but not a name.
const SENTENCE_STARTERS = new Set(
  "the a an her his their our my your its this that these those we she he they it how what why when where there".split(
    " ",
  ),
);

/**
 * A note as it can sit inside a sentence of the draft: no closing full stop, and a first word that
 * merely started the jotted sentence lower-cased ("Her team moved" → "her team moved"). Names,
 * acronyms and "I" are left as written (R1: names exactly as on the card).
 */
export function asClause(text: string): string {
  const trimmed = text.trim().replace(/[.;]+$/, "");
  const first = /^([A-Z][a-z]+)\b/.exec(trimmed)?.[1];
  return first && SENTENCE_STARTERS.has(first.toLowerCase())
    ? `${first.toLowerCase()}${trimmed.slice(first.length)}`
    : trimmed;
}
