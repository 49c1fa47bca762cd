import type { Contact, Note, NoteKind } from "../domain/types.js";
import { rewriteNoteForReader } from "./rewrite/rewrite-note-for-reader.js";

/** One note as a draft can say it (see rewriteNoteForReader). */
export interface FittedNote {
  /** After "about", "especially" or a colon: "how your team is moving…", "the plan to…". */
  topic: string;
  /** A whole clause in the reader's voice ("your team is moving…"), or null for a topic. */
  clause: string | null;
}

/** The notes a message may use, by kind, and what was left out. */
export interface SelectedNotes {
  fitted: Record<NoteKind, FittedNote[]>;
  /** Notes of the recipient's that could not be fitted safely, each with why (issue 11). */
  leftOut: { kind: NoteKind; text: string; reason: string }[];
}

const KINDS: readonly NoteKind[] = [
  "highlight",
  "qualification",
  "clarify",
  "personal-interest",
  "question",
];

/**
 * The notes a message to `contact` may use (R7: each note personal), rewritten for that reader.
 * Highlights must come from that conversation, so only the contact's own count; for the other
 * kinds the interview-wide notes (no contact) fill in when the contact has none. Without a
 * contact, the interview-wide notes. `people` are everyone of the interview, so a note that
 * names a colleague keeps that colleague's person.
 */
export function selectNotes(
  notes: readonly Note[],
  contact: Contact | null,
  people: readonly Contact[],
): SelectedNotes {
  const others = people
    .filter((person) => person.id !== contact?.id)
    .flatMap((person) => {
      const first = person.name.trim().split(/\s+/)[0] ?? "";
      return first === person.name.trim() ? [person.name] : [person.name, first];
    });
  const selected: SelectedNotes = {
    fitted: {
      highlight: [],
      qualification: [],
      clarify: [],
      "personal-interest": [],
      question: [],
    },
    leftOut: [],
  };
  const of = (kind: NoteKind, contactId: string | null): Note[] =>
    notes.filter((note) => note.kind === kind && note.contactId === contactId && note.text.trim());
  for (const kind of KINDS) {
    const own = contact === null ? [] : of(kind, contact.id);
    const chosen =
      contact === null
        ? of(kind, null)
        : own.length > 0 || kind === "highlight"
          ? own
          : of(kind, null);
    for (const note of chosen) {
      const about = note.contactId === null ? null : (contact?.name ?? null);
      const rewritten = rewriteNoteForReader(note.text, {
        about,
        reader: contact?.name ?? null,
        others,
      });
      if (!rewritten.fits) {
        selected.leftOut.push({ kind, text: note.text.trim(), reason: rewritten.reason });
        continue;
      }
      selected.fitted[kind].push({ topic: rewritten.topic, clause: rewritten.clause });
    }
  }
  return selected;
}
