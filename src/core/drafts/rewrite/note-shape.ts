import type { NoteTerm } from "./note-terms.js";

/** How a sentence of a note can sit in a draft's sentence. */
export type NoteShape =
  /** A clause with its subject ("her team is moving…"): after "that", or "how" makes it a topic. */
  | "clause"
  /** A topic already ("the plan to move…", "how the team plans…"): after "about", "especially". */
  | "noun"
  /** A verb without a subject ("loves hiking", "wants to hire two more"): whose it is decides. */
  | "predicate";

const WH_WORDS = new Set(["how", "what", "why", "whether", "when", "where", "who", "which"]);

function isVerb(term: NoteTerm | undefined): boolean {
  return term?.tags.has("Verb") === true;
}

/**
 * A verb that can carry a clause (compromise's tense tags), not an infinitive after "to", a
 * gerund, or a bare form after a noun ("the data contracts talk"): a bare form counts only
 * after a pronoun ("they use Airflow").
 */
function isFiniteVerb(terms: readonly NoteTerm[], i: number): boolean {
  const term = terms[i];
  if (term === undefined || !term.tags.has("Verb") || term.tags.has("Gerund")) return false;
  const tags = term.tags;
  if (tags.has("PastTense") || tags.has("Copula") || tags.has("Modal") || tags.has("Auxiliary")) {
    return terms[i - 1]?.text.toLowerCase() !== "to";
  }
  if (!tags.has("PresentTense")) return false;
  // "…in dbt models": a last word after a noun is its plural, not a verb (compromise guesses).
  const previous = terms[i - 1];
  if (i === terms.length - 1 && previous?.tags.has("Noun") && !previous.tags.has("Pronoun")) {
    return false;
  }
  if (!tags.has("Infinitive")) return true;
  return previous?.tags.has("Pronoun") === true;
}

/** A noun followed at once by a new subject: a relative clause ("the dashboard your team built"). */
function opensRelative(terms: readonly NoteTerm[], before: number): boolean {
  for (let i = 1; i < before; i++) {
    const previous = terms[i - 1] as NoteTerm;
    const term = terms[i] as NoteTerm;
    const starts =
      term.tags.has("Pronoun") || term.tags.has("Possessive") || term.tags.has("Determiner");
    if (previous.tags.has("Noun") && !previous.tags.has("Pronoun") && starts) return true;
  }
  return false;
}

/** The shape of one sentence of a note, read from compromise's tags. */
export function noteShape(
  terms: readonly NoteTerm[],
  asPredicate: () => readonly NoteTerm[],
): NoteShape {
  const first = terms[0];
  if (first === undefined) return "noun";
  if (WH_WORDS.has(first.text.toLowerCase())) return "noun";
  const finite = terms.map((_, i) => isFiniteVerb(terms, i));
  const firstVerb = finite.indexOf(true);
  // "benefits start day one": a plural noun and a bare verb after it are subject and verb.
  const second = terms[1];
  if (
    first.tags.has("Plural") &&
    !first.tags.has("Pronoun") &&
    second?.tags.has("Infinitive") &&
    !second.tags.has("Particle")
  ) {
    return "clause";
  }
  if (firstVerb === 0 || (firstVerb === -1 && startsWithVerb(terms, asPredicate()))) {
    return "predicate";
  }
  if (firstVerb === -1) return "noun";
  if (!opensRelative(terms, firstVerb)) return "clause";
  return finite.some((yes, i) => yes && i > firstVerb) ? "clause" : "noun";
}

/** compromise reads "loves" in "loves hiking" as a noun; after "she" it is the verb it is. */
function startsWithVerb(terms: readonly NoteTerm[], asPredicate: readonly NoteTerm[]): boolean {
  const first = terms[0] as NoteTerm;
  if (first.tags.has("Pronoun") || first.tags.has("Determiner")) return false;
  // A bare form after "she" ("she dbt") is no verb of hers: jottings say "loves", "asked".
  const verb = asPredicate[1];
  return isVerb(verb) && !verb?.tags.has("Infinitive") && isFiniteVerb(asPredicate, 1);
}
