import type { FittedNote } from "../select-notes.js";

const WH_START = /^(how|what|why|whether|when|where|who|which) /;
// What the reader asked about, by the ways a note puts it; `wh` marks a form that needs a
// question word after it to be a topic ("you asked how I…", not "you asked me to send…").
const ASKED: readonly { form: RegExp; wh: boolean }[] = [
  { form: /^you asked (?:me )?(?:about|for) (.+)$/, wh: false },
  { form: /^you wanted to know (?:about )?(.+)$/, wh: false },
  { form: /^you wanted someone (?:\w+ )?(?:in|with) (.+)$/, wh: false },
  { form: /^you asked (?:me )?(.+)$/, wh: true },
];

/**
 * A qualification note as what they asked about, for "You asked about …" (R19): "asked about my
 * dbt work" reads "you asked about my dbt work" in the reader's voice, and the sentence wants
 * only "my dbt work"; so do "asked for examples of…", "wanted to know about…" and "wanted
 * someone strong in SQL". Other notes keep their topic.
 */
export function whatTheyAsked(note: FittedNote): string {
  if (note.clause === null) return note.topic;
  for (const { form, wh } of ASKED) {
    const rest = form.exec(note.clause)?.[1];
    if (rest !== undefined && (!wh || WH_START.test(rest))) return rest;
  }
  return note.topic;
}
