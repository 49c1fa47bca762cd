import { addressTheReader, matchName } from "./address-the-reader.js";
import { expandAbbreviations } from "./expand-abbreviations.js";
import { nameThePerson } from "./name-the-person.js";
import { type NoteReaders, nameForms } from "./note-person.js";
import { type NoteShape, noteShape } from "./note-shape.js";
import { type NoteTerm, readNoteSentences, termsText } from "./note-terms.js";

/** A note as a draft can say it, or why it cannot be fitted. */
export type RewrittenNote =
  | {
      fits: true;
      /** Fits after "about", "especially" or a colon: "how your team is moving…", "the plan to…". */
      topic: string;
      /** A whole clause in the reader's voice ("your team is moving…"), or null for a topic. */
      clause: string | null;
    }
  | { fits: false; reason: string };

const THIRD_SINGULAR = /^(she|he|her|his|him|hers|herself|himself)$/i;

/**
 * A note rewritten for the person who will read the message (issue 11): about the reader, its
 * third person becomes the second ("her team is moving" → "your team is moving", "he wants" →
 * "you want"), with compromise telling pronouns, possessives and verbs apart; about someone else
 * it keeps its person; the user's "I" stays. Jottings are written out ("next yr" → "next year");
 * one that is neither a clause nor a topic ("dbt migration, q3"), a pronoun nobody is named for,
 * or a mix of shapes does not fit, and the draft says so instead of guessing.
 */
export function rewriteNoteForReader(text: string, readers: NoteReaders): RewrittenNote {
  // Pure, so a draft and its missing list (and the next draft) share one reading of a note.
  const key = JSON.stringify([text, readers.about, readers.reader, readers.others]);
  const cached = REWRITTEN.get(key);
  if (cached !== undefined) return cached;
  const rewritten = rewriteUncached(text, readers);
  if (REWRITTEN.size >= CACHE_SIZE) REWRITTEN.delete(REWRITTEN.keys().next().value ?? "");
  REWRITTEN.set(key, rewritten);
  return rewritten;
}

const CACHE_SIZE = 1000;
const REWRITTEN = new Map<string, RewrittenNote>();

function rewriteUncached(text: string, readers: NoteReaders): RewrittenNote {
  const written = expandAbbreviations(text.trim());
  const sentences = readNoteSentences(written).filter((terms) => termsText(terms) !== "");
  if (sentences.length === 0) return { fits: false, reason: "it is empty" };
  const shaped: { shape: NoteShape; text: string }[] = [];
  for (const terms of sentences) {
    const one = rewriteSentence(terms, readers);
    if ("reason" in one) return { fits: false, reason: one.reason };
    shaped.push(one);
  }
  const shapes = new Set(shaped.map((s) => s.shape));
  if (shapes.size > 1) {
    return { fits: false, reason: "it mixes a topic and a sentence; write it as one sentence" };
  }
  const joined = shaped.map((s) => s.text).join(" and ");
  return shapes.has("clause")
    ? { fits: true, topic: `how ${joined}`, clause: joined }
    : { fits: true, topic: joined, clause: null };
}

function rewriteSentence(
  original: readonly NoteTerm[],
  readers: NoteReaders,
): { shape: NoteShape; text: string } | { reason: string } {
  // Read as if "she" said it: compromise then tags a jotting's first word as the verb it is.
  const jotted = termsText(original);
  const probe = /^[A-Z][a-z]+\b/.test(jotted)
    ? jotted.charAt(0).toLowerCase() + jotted.slice(1)
    : jotted;
  let probed: NoteTerm[] | undefined;
  const asPredicate = (): NoteTerm[] => {
    probed ??= readNoteSentences(`she ${probe}`)[0] ?? [];
    return probed;
  };
  let shape = noteShape(original, asPredicate);
  let terms: readonly NoteTerm[] = original;
  const { about, reader, others } = readers;
  const toTheirPerson = about !== null && reader !== null && about === reader;
  if (shape === "predicate") {
    if (about === null) {
      return { reason: "it does not say who; attach it to the person it is about" };
    }
    // The subject a jotting leaves out is the person the note is attached to.
    terms = asPredicate();
    shape = "clause";
  }
  if (toTheirPerson) {
    terms = addressTheReader(terms, nameForms(about), others).terms;
  } else if (about !== null) {
    const firstName = nameForms(about).at(-1) ?? about;
    terms = nameThePerson(terms, firstName, others);
  } else {
    if (terms.some((term) => THIRD_SINGULAR.test(term.text))) {
      return { reason: "it says she or he without naming anyone; attach it to that person" };
    }
    if (reader !== null) terms = addressTheReader(terms, [], others).terms;
  }
  const text = startMidSentence(terms, [...(about === null ? [] : nameForms(about)), ...others]);
  if (shape === "noun" && /[,;/]/.test(text)) {
    return {
      reason:
        "it is a jotting that does not fit into a sentence; write it as you would say it to them",
    };
  }
  return { shape, text };
}

// Words that only start a sentence ("Her team…", "Loves hiking"), never a name, by their tags.
const STARTER_TAGS = [
  "Pronoun",
  "Determiner",
  "Preposition",
  "Conjunction",
  "Adverb",
  "Adjective",
  "Verb",
  "QuestionWord",
];

/**
 * The sentence as it reads inside another: a first word that merely started the jotted sentence
 * lower-cased ("Her team" → "her team"); names, acronyms, products and "I" as written (R1).
 */
function startMidSentence(terms: readonly NoteTerm[], names: readonly string[]): string {
  const [first, ...rest] = terms;
  if (first === undefined) return "";
  const named = matchName(terms, 0, names) > 0 || first.tags.has("Person");
  const keep =
    named ||
    first.text === "I" ||
    /^I['’]/.test(first.text) ||
    /[A-Z]/.test(first.text.slice(1)) ||
    !STARTER_TAGS.some((tag) => first.tags.has(tag));
  const lowered = keep ? first : { ...first, text: first.text.toLowerCase() };
  return termsText([lowered, ...rest]);
}
