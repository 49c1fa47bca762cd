import { addressTheReader, matchName } from "./address-the-reader.js";
import { agreeVerbWithYou } from "./agree-verb-with-you.js";
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
  const written = expandAbbreviations(withoutReminderToSelf(text.trim()));
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
  const predicate = shape === "predicate";
  if (predicate) {
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
  terms = joinCommaClauses(terms, predicate, toTheirPerson);
  const named = [...(about === null ? [] : nameForms(about)), ...others];
  const text = withArticle(terms, startMidSentence(terms, named), shape, toTheirPerson);
  if (shape === "noun" && /[,;/]/.test(text)) {
    return {
      reason:
        "it is a jotting that does not fit into a sentence; write it as you would say it to them",
    };
  }
  return { shape, text };
}

// A jotted reminder to oneself at the end of a note (", should correct"), never for the reader.
const REMINDER_TO_SELF =
  /\s*[,;:(–—-]\s*(?:i\s+)?(?:should|need to|must|have to|remember to|to)\s+(?:correct|clarify|fix|mention|explain|follow up on|bring up)(?:\s+(?:it|that|this))?\s*\)?[.!]?$/i;

function withoutReminderToSelf(text: string): string {
  const kept = text.replace(REMINDER_TO_SELF, "");
  return kept.trim() === "" ? text : kept;
}

const VERB_PRESENT: ReadonlySet<string> = new Set(["Verb", "PresentTense"]);
const SUBJECT_PRONOUNS = new Set(["you", "they", "we", "i", "he", "she", "it"]);

/**
 * Clauses a jotting runs together with a comma, joined as a sentence would: ", they want…" →
 * ", and you want…"; a second verb whose subject the jotting left out ("loves typography,
 * mentioned Garamond") → "… and mentioned Garamond".
 */
function joinCommaClauses(
  terms: readonly NoteTerm[],
  predicate: boolean,
  toYou: boolean,
): NoteTerm[] {
  const out = [...terms];
  for (let i = 0; i < out.length - 1; i++) {
    const term = out[i] as NoteTerm;
    const next = out[i + 1] as NoteTerm;
    if (term.post.trim() !== ",") continue;
    if (SUBJECT_PRONOUNS.has(next.text.toLowerCase()) && next.tags.has("Pronoun")) {
      out[i] = { ...term, post: ", and " };
      continue;
    }
    // After a comma in a jotting, "loves the…" is a verb, though the tagger may read a plural.
    const readAsPlural = next.tags.has("Plural") && out[i + 2]?.tags.has("Determiner") === true;
    const finite =
      readAsPlural ||
      next.tags.has("PastTense") ||
      (next.tags.has("PresentTense") && !next.tags.has("Infinitive"));
    if (!predicate || !finite || next.tags.has("Gerund")) continue;
    out[i] = { ...term, post: " and " };
    const verb = readAsPlural ? { ...next, tags: VERB_PRESENT } : next;
    if (toYou) out[i + 1] = agreeVerbWithYou(verb);
  }
  return out;
}

// Nouns a person's own team goes by: in a note about the reader, "team hit…" is "your team".
const THEIRS = new Set(["team", "unit", "group", "department", "org", "company", "lab", "office"]);
const NOT_BARE = ["Possessive", "Determiner", "Person", "ProperNoun", "Acronym", "Plural"];

/**
 * A thing jotted without its article ("school is starting…", "new block schedule…") as a
 * sentence says it: "the school is starting…", and "your team hit…" to the reader whose team
 * it is.
 */
function withArticle(
  terms: readonly NoteTerm[],
  text: string,
  shape: NoteShape,
  toTheirPerson: boolean,
): string {
  const first = terms[0];
  if (first === undefined || first.text !== first.text.toLowerCase()) return text;
  if (first.tags.has("Gerund") || first.tags.has("Pronoun") || /ing$/.test(first.text)) return text;
  // The words naming the thing, up to the verb, a preposition, a number or a comma.
  const head: NoteTerm[] = [];
  for (const term of terms) {
    const verb = term.tags.has("Verb") && head.length > 0 && !term.tags.has("Imperative");
    if (verb || term.tags.has("Preposition") || term.tags.has("Value")) break;
    head.push(term);
    if (/[,;:]/.test(term.post)) break;
  }
  const last = head.at(-1);
  if (last === undefined) return text;
  const named = head.some((term) => NOT_BARE.some((tag) => term.tags.has(tag)));
  // "firm is opening…": one word before the verb is the noun it names, whatever the tagger says.
  const noun = last.tags.has("Singular") || (shape === "clause" && head.length === 1);
  if (named || !noun) return text;
  return `${toTheirPerson && THEIRS.has(first.text) ? "your" : "the"} ${text}`;
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
