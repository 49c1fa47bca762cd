// How much of a business card's name (R1) can be used on its own. The rule, written down:
// - a title or honorific on the card ("Dr. Raj Patel", "Frau Weber") marks a formal card: the
//   greeting uses the name whole, title included, exactly as printed;
// - a name in CJK or Hangul script is written family name first: it is used whole;
// - a comma, a particle ("van", "de", "bin"…), a suffix ("Jr.", "PhD"), an initial first
//   ("J. Robert Smith"), a single name or more than three words: which part is the given name is
//   not safe to guess, so the name is used whole;
// - otherwise (two or three words) the first word is the given name; the family name is known
//   only for two words ("Juan García López" has two family names).
// Every part returned is a substring of the card's name, never re-cased or re-spelt (R1).

export interface CardName {
  /** The name as on the card, trimmed. */
  full: string;
  /** The card carries a title or honorific of its own. */
  titled: boolean;
  /** The given name, when it can be told apart safely. */
  given: string | null;
  /** The family name, when it can be told apart safely. */
  family: string | null;
}

const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "rev",
  "herr",
  "frau",
  "mme",
  "mlle",
  "m",
  "sr",
  "sra",
  "srta",
  "sig",
  "dott",
  "ing",
  "mag",
  "dipl",
]);

const PARTICLES = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "du",
  "dos",
  "das",
  "do",
  "le",
  "la",
  "ter",
  "ten",
  "bin",
  "binti",
  "ibn",
  "al",
  "el",
  "st",
  "y",
]);

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq"]);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const INITIAL = /^\p{L}\.?$|^(\p{L}\.){2,}$/u;
const WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;

const bare = (token: string): string => token.toLowerCase().replace(/\.$/, "");

/** Reads a card's name; see the rule above. */
export function readCardName(name: string): CardName {
  const full = name.trim();
  const tokens = full.split(/\s+/);
  const first = tokens[0] ?? "";
  if (tokens.length > 1 && TITLES.has(bare(first))) {
    return { full, titled: true, given: null, family: null };
  }
  const whole: CardName = { full, titled: false, given: null, family: null };
  if (CJK.test(full) || full.includes(",")) return whole;
  if (tokens.length < 2 || tokens.length > 3) return whole;
  if (INITIAL.test(first)) return whole;
  if (!tokens.every((t) => WORD.test(t))) return whole;
  if (tokens.slice(1).some((t) => PARTICLES.has(bare(t)) || SUFFIXES.has(bare(t)))) return whole;
  return {
    full,
    titled: false,
    given: first,
    family: tokens.length === 2 ? (tokens[1] ?? null) : null,
  };
}

/** The card's name without its leading title: "Dr. Raj Patel" → "Raj Patel" (for a first name). */
export function withoutTitle(name: string): string {
  const full = name.trim();
  const match = /^(\S+)\s+(.+)$/s.exec(full);
  return match?.[1] !== undefined && match[2] !== undefined && TITLES.has(bare(match[1]))
    ? match[2]
    : full;
}
