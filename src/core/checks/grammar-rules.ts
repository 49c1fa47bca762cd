// R21: our own small set of grammar rules for the faults people most often make in short
// messages. harper.js is not installed, so these are hand-written and deliberately narrow: each
// fires only in contexts where the fault is clear, to keep false alarms rare.

import { excerpt } from "./text-spans.js";

export interface GrammarRule {
  id: string;
  pattern: RegExp;
  severity: "error" | "warning";
  message: (match: RegExpExecArray) => string;
  /** The replacement for the matched text, or null when there is no single fix. */
  fix: (match: RegExpExecArray) => string | null;
}

const keepCase = (original: string, replacement: string): string =>
  /^\p{Lu}/u.test(original)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;

const swapFirst =
  (to: string) =>
  (m: RegExpExecArray): string =>
    `${keepCase(m[1] ?? "", to)}${m[0].slice((m[1] ?? "").length)}`;

export const GRAMMAR_RULES: readonly GrammarRule[] = [
  {
    id: "repeated-word",
    // Whole words, by look-arounds: \b knows only ASCII letters, so it would start a match at
    // every letter of "aéaé…". The first letter comes before the look back, which then runs
    // only where a letter is.
    pattern: /(\p{L}(?<![\p{L}\p{M}\p{N}_]\p{L})\p{L}*)\s+\1(?![\p{L}\p{M}\p{N}_])/giu,
    severity: "error",
    message: (m) => `"${excerpt(m[1] ?? "")}" is repeated.`,
    fix: (m) => m[1] ?? null,
  },
  {
    id: "could-of",
    pattern: /\b(could|would|should|must|might) of\b/gi,
    severity: "error",
    message: (m) => `Write "${m[1]} have", not "${m[1]} of".`,
    fix: (m) => `${m[1]} have`,
  },
  {
    id: "alot",
    pattern: /\balot\b/gi,
    severity: "error",
    message: () => `"alot" is two words: "a lot".`,
    fix: (m) => keepCase(m[0], "a lot"),
  },
  {
    id: "lowercase-i",
    pattern: /(?<=^|\s)i(?=\s|['’](?:m|ve|ll|d)\b)/g,
    severity: "error",
    message: () => `The pronoun "I" is always capitalised.`,
    fix: () => "I",
  },
  {
    id: "their-there",
    pattern: /\b(their)(?= (?:is|are|was|were|will be|has been|have been)\b)/gi,
    severity: "error",
    message: () => `Use "there" here ("there is/are"), not "their".`,
    fix: swapFirst("there"),
  },
  {
    id: "there-their",
    pattern:
      /\b(there|they['’]re)(?= (?:own|team|teams|company|office|product|products|customers|clients|goals|mission|roadmap|platform|engineers|hiring manager|feedback|approach)\b)/gi,
    severity: "error",
    message: (m) => `Use the possessive "their" here, not "${m[1]}".`,
    fix: swapFirst("their"),
  },
  {
    id: "their-theyre",
    pattern:
      /\b(their|there)(?= (?:going to|not|planning to|hoping to|looking for|doing well)\b)/gi,
    severity: "error",
    message: (m) => `Use "they're" (they are) here, not "${m[1]}".`,
    fix: swapFirst("they're"),
  },
  {
    id: "your-youre",
    pattern: /\b(your)(?= (?:welcome|a|an|the|not|going to|doing|probably|absolutely)\b)/gi,
    severity: "error",
    message: () => `Use "you're" (you are) here, not "your".`,
    fix: swapFirst("you're"),
  },
  {
    id: "youre-your",
    pattern:
      /\b(you['’]re)(?= (?:team|company|time|help|consideration|email|message|feedback|office|organization|support|insight|insights|advice)\b)/gi,
    severity: "error",
    message: () => `Use the possessive "your" here, not "you're".`,
    fix: swapFirst("your"),
  },
  {
    id: "its-its",
    pattern: /\b(its)(?= (?:a|an|the|been|not|going to|my|always|also|just|really)\b)/gi,
    severity: "error",
    message: () => `Use "it's" (it is / it has) here, not "its".`,
    fix: swapFirst("it's"),
  },
  {
    id: "its-possessive",
    pattern:
      /\b(it['’]s)(?= (?:own|team|teams|mission|customers|products|employees|users|clients|goals|culture|values|platform|roadmap|engineers|people)\b)/gi,
    severity: "error",
    message: () => `Use the possessive "its" here, not "it's".`,
    fix: swapFirst("its"),
  },
  {
    id: "then-than",
    pattern:
      /\b(?:more|less|better|worse|rather|greater|fewer|higher|lower|larger|smaller|faster|other) (then)\b/gi,
    severity: "error",
    message: () => `Use "than" for comparisons, not "then".`,
    fix: (m) => m[0].replace(/then$/i, "than"),
  },
  {
    id: "more-adjective-then",
    pattern: /\b(?:more|less) \p{L}+ then\b/giu,
    severity: "error",
    message: () => `Use "than" for comparisons, not "then".`,
    fix: (m) => m[0].replace(/then$/i, "than"),
  },
  {
    id: "look-forward-to-ing",
    pattern:
      /\b(?:look|looking) forward to (hear|meet|speak|talk|work|learn|join|discuss|connect)\b/gi,
    severity: "error",
    message: (m) => `After "look forward to", use the -ing form ("${ing(m[1] ?? "")}").`,
    fix: (m) => m[0].replace(/\w+$/, ing(m[1] ?? "")),
  },
  {
    id: "agreement",
    pattern: /\b(?:(?:he|she|it) don['’]t|(?:we|they|you) was|I (?:is|has))\b/gi,
    severity: "error",
    message: (m) => `"${m[0]}": the verb does not agree with its subject.`,
    fix: (m) =>
      m[0]
        .replace(/don['’]t$/i, "doesn't")
        .replace(/ was$/i, " were")
        .replace(/ is$/i, " am")
        .replace(/ has$/i, " have"),
  },
  {
    id: "missing-space",
    // The mark first, then the look back, so that the look back runs only at a mark.
    pattern: /[,;!?](?<=\p{Ll}{2}.)(?=\p{L})|\.(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll})/gu,
    severity: "error",
    message: (m) => `Add a space after "${m[0]}".`,
    fix: (m) => `${m[0]} `,
  },
  {
    id: "double-space",
    pattern: /(?<=\S) {2,}(?=\S)/g,
    severity: "warning",
    message: () => "Two spaces in a row.",
    fix: () => " ",
  },
];

function ing(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower === "meet" || lower === "hear" || lower === "speak" || lower === "connect") {
    return `${verb}ing`;
  }
  if (lower.endsWith("e")) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}
