import type { Note } from "../domain/types.js";
import type { Finding } from "./check.types.js";
import { contentStems, contentStemsOf } from "./content-words.js";

/**
 * R22 (R7): a message that shares no content word with the interview's notes says nothing
 * specific about that conversation. Only judged when there are notes to compare with.
 */
export function checkGeneric(
  text: string,
  notes: readonly Note[],
  names: ReadonlySet<string>,
): Finding[] {
  const usable = notes.filter((note) => note.text.trim() !== "");
  if (usable.length === 0 || text.trim() === "") return [];
  const fromNotes = contentStems(usable.map((note) => note.text).join(" "), names);
  for (const s of contentStemsOf(text, names)) if (fromNotes.has(s)) return [];
  const example = usable.find((note) => note.kind === "highlight") ?? usable[0];
  return [
    {
      rule: "R22-generic",
      severity: "warning",
      start: 0,
      end: text.length,
      message:
        "The message mentions nothing specific from your notes on this interview; a generic note is easy to forget (R22, R7).",
      suggestion: example === undefined ? null : `Mention something specific, e.g. ${example.text}`,
    },
  ];
}
