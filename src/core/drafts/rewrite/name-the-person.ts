import { matchName } from "./address-the-reader.js";
import type { NoteTerm } from "./note-terms.js";

const NAME: ReadonlySet<string> = new Set(["ProperNoun", "Person"]);

/**
 * A note about `firstName` going to someone else (or to whoever asks): its first "she"/"he" or
 * "her"/"his" becomes the name ("her team" → "Dana's team"), so the pronouns after it have
 * someone to refer to. The note keeps its third person; verbs already agree with a name.
 */
export function nameThePerson(
  terms: readonly NoteTerm[],
  firstName: string,
  otherNames: readonly string[],
): NoteTerm[] {
  const out = [...terms];
  for (let i = 0; i < out.length; i++) {
    const term = out[i] as NoteTerm;
    if (matchName(out, i, [firstName, ...otherNames]) > 0) return out;
    const lower = term.text.toLowerCase();
    if (lower === "she" || lower === "he") {
      out[i] = { ...term, text: firstName, tags: NAME };
      return out;
    }
    if (lower === "her" || lower === "his") {
      const next = out[i + 1];
      const owns = next?.tags.has("Noun") === true && !/[,.;:]/.test(term.post);
      out[i] = {
        ...term,
        text: owns || lower === "his" ? `${firstName}'s` : firstName,
        tags: NAME,
      };
      return out;
    }
  }
  return out;
}
