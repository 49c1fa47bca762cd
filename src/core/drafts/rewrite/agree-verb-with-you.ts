import nlp from "compromise";
import type { NoteTerm } from "./note-terms.js";

// compromise's own conjugator, called without building a document for one word.
const world = nlp.world() as unknown as {
  model: unknown;
  methods: {
    two: {
      transform: {
        verb: { toInfinitive: (word: string, model: unknown, tense: string) => string };
      };
    };
  };
};
const { model } = world;
const { toInfinitive } = world.methods.two.transform.verb;

// The verbs whose "you" form is not their infinitive, and contractions compromise keeps whole.
const IRREGULAR: Readonly<Record<string, string>> = {
  is: "are",
  was: "were",
  has: "have",
  does: "do",
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
};

/**
 * The verb that follows a subject now "you" made to agree with it ("wants" → "want", "is" →
 * "are", "was" → "were"); past tense, modals and infinitives stay as they are (tense kept).
 */
export function agreeVerbWithYou(term: NoteTerm): NoteTerm {
  const lower = term.text.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) return { ...term, text: keepCase(term.text, irregular) };
  const thirdPersonPresent =
    term.tags.has("Verb") &&
    term.tags.has("PresentTense") &&
    !term.tags.has("Infinitive") &&
    !term.tags.has("Gerund") &&
    /s$/i.test(lower);
  if (!thirdPersonPresent) return term;
  const infinitive = toInfinitive(lower, model, "PresentTense");
  return infinitive === undefined || infinitive === ""
    ? term
    : { ...term, text: keepCase(term.text, infinitive) };
}

/** `word` with the first letter's case of `like` ("Her" → "Your"). */
export function keepCase(like: string, word: string): string {
  const first = like.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
