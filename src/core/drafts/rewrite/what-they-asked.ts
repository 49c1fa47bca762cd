import type { FittedNote } from "../select-notes.js";

const ASKED = /^you asked (?:me )?(about )?(.+)$/;
const WH_START = /^(how|what|why|whether|when|where|who|which) /;

/**
 * A qualification note as what they asked about, for "You asked about …" (R19): "asked about my
 * dbt work" reads "you asked about my dbt work" in the reader's voice, and the sentence wants
 * only "my dbt work". Other notes keep their topic.
 */
export function whatTheyAsked(note: FittedNote): string {
  const match = note.clause === null ? null : ASKED.exec(note.clause);
  if (match === null) return note.topic;
  const [, about, rest = ""] = match;
  return about !== undefined || WH_START.test(rest) ? rest : note.topic;
}
