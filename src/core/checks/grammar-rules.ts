// R21: the grammar rules, one registry keyed by rule id. Each rule is written for one fault people
// make in follow-up emails and fires only where the fault is clear, to keep false alarms rare: the
// held-out set (fixtures/grammar-held-out.txt) scores them, grammar-rules.test.ts holds examples of
// each (its table is keyed by the same ids, so a rule without examples does not compile). Most are
// regular expressions, linear in the text; the two that need parts of speech (a note spliced in,
// then/than after a comparative) ask compromise, on the few sentences a cheap test picks out.

import { findArticleFaults } from "./check-articles.js";
import { findCapitalFaults } from "./check-capitals.js";
import { findSplicedClauses, findThenAfterComparative } from "./grammar-nlp.js";
import { excerpt, type Span } from "./text-spans.js";

export const GRAMMAR_RULE_IDS = [
  "repeated-word",
  "could-of",
  "alot",
  "lowercase-i",
  "their-there",
  "there-their",
  "their-theyre",
  "your-youre",
  "youre-your",
  "you-your",
  "here-hear",
  "its-its",
  "its-possessive",
  "then-than",
  "then-than-nlp",
  "look-forward-to-ing",
  "agreement",
  "collective-noun",
  "each-were",
  "there-is-plural",
  "plural-subject-was",
  "have-went",
  "spliced-note",
  "article",
  "sentence-capital",
  "missing-space",
  "double-space",
] as const;
export type GrammarRuleId = (typeof GRAMMAR_RULE_IDS)[number];

/** What a rule found: a span, what to say, and the replacement (null when there is no one fix). */
export interface GrammarHit extends Span {
  message: string;
  fix: string | null;
}

export interface GrammarRule {
  severity: "error" | "warning";
  /** Every hit in the text, in order; the caller drops those in skipped spans. */
  find: (text: string, skip: readonly Span[]) => Iterable<GrammarHit>;
}

/** A rule made of one regular expression. */
function pattern(
  regex: RegExp,
  message: (m: RegExpExecArray) => string,
  fix: (m: RegExpExecArray) => string | null,
  options: {
    severity?: "error" | "warning";
    accept?: (m: RegExpExecArray, text: string) => boolean;
    /** Report only this group's words (the regex needs the d flag); the fix replaces them. */
    group?: number;
  } = {},
): GrammarRule {
  return {
    severity: options.severity ?? "error",
    *find(text) {
      for (const match of text.matchAll(regex)) {
        const m = match as RegExpExecArray;
        if (options.accept && !options.accept(m, text)) continue;
        const [start, end] = (options.group === undefined
          ? undefined
          : m.indices?.[options.group]) ?? [m.index, m.index + m[0].length];
        yield { start, end, message: message(m), fix: fix(m) };
      }
    },
  };
}

const keepCase = (original: string, replacement: string): string =>
  /^\p{Lu}/u.test(original)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;

// Legitimate doubled words ("that that", "had had").
const ALLOWED_REPEATS = new Set(["that", "had"]);
// Nouns a "you" before which is a typo for "your" ("thank you for you time").
const THANKED_FOR =
  "time|help|patience|consideration|feedback|reply|response|support|advice|insights?|hospitality|interest|effort|input|guidance|kindness|words|email|message|note|call|generosity|candou?r|honesty|understanding|assistance|recommendation|introduction|offer|flexibility|quick|prompt|kind|warm|thoughtful|generous|continued|valuable|helpful|detailed|honest|candid";
// Words after "your" that make it "you're": adjectives and verbs, never a noun it could own.
const AFTER_YOURE =
  "a|an|the|not|very|so|too|always|probably|absolutely|definitely|still|already|going|doing|coming|looking|planning|hoping|welcome to|(?<=(?:^|[.!?]\\s*)your )welcome\\b(?=\\s*[.!,;]|\\s*$)|right(?= (?:that|about|to say)\\b|\\s*[.!,;])|wrong|interested|free|available|able|sure|correct|busy|aware|happy|keen|open to|invited";
// Helpers that ask a question or take a bare verb: "did he have", "would he have".
const BEFORE_BARE =
  /(?:^|[^\p{L}])(?:do|does|did|don['’]t|doesn['’]t|didn['’]t|would|could|should|will|can|may|might|must|shall|wouldn['’]t|couldn['’]t|shouldn['’]t|won['’]t|can['’]t|that|if|let|make|made|help|why|how)\s+$/iu;
const COLLECTIVE =
  "team|company|group|panel|committee|board|department|firm|organi[sz]ation|family|management|university|startup|business|agency|bank|government|staff|leadership|school|office|council|crew";
const PRONOUN_OWNER = "the|our|your|their|his|her|my|this|that";

export const GRAMMAR_RULES: { readonly [K in GrammarRuleId]: GrammarRule } = {
  "repeated-word": pattern(
    // Whole words, by look-arounds: \b knows only ASCII letters, so it would start a match at
    // every letter of "aéaé…". The first letter comes before the look back, which then runs
    // only where a letter is.
    /(\p{L}(?<![\p{L}\p{M}\p{N}_]\p{L})\p{L}*)\s+\1(?![\p{L}\p{M}\p{N}_])/giu,
    (m) => `"${excerpt(m[1] ?? "")}" is repeated.`,
    (m) => m[1] ?? null,
    { accept: (m) => !ALLOWED_REPEATS.has((m[1] ?? "").toLowerCase()) },
  ),
  "could-of": pattern(
    // "would of course" is English; "would of been" is not.
    /\b(could|would|should|must|might) of\b(?! course\b)/gi,
    (m) => `Write "${m[1]} have", not "${m[1]} of".`,
    (m) => `${m[1]} have`,
  ),
  alot: pattern(
    /\balot\b/gi,
    () => `"alot" is two words: "a lot".`,
    (m) => keepCase(m[0], "a lot"),
  ),
  "lowercase-i": pattern(
    /(?<=^|\s)i(?=\s|['’](?:m|ve|ll|d)\b)/g,
    () => `The pronoun "I" is always capitalised.`,
    () => "I",
  ),
  "their-there": pattern(
    /\btheir(?= (?:is|are|was|were|will be|has been|have been)\b)/gi,
    () => `Use "there" here ("there is/are"), not "their".`,
    (m) => keepCase(m[0], "there"),
  ),
  "there-their": pattern(
    /\b(?:there|they['’]re)(?= (?:own|team|teams|company|office|product|products|customers|clients|goals|mission|roadmap|platform|engineers|hiring manager|feedback|approach|new|plans|work|people|manager|values|culture)\b)/gi,
    (m) => `Use the possessive "their" here, not "${m[0]}".`,
    (m) => keepCase(m[0], "their"),
    // "Is there new…", "was there work…": there as the subject after its verb.
    {
      accept: (m, text) =>
        !/\b(?:is|are|was|were|be|been)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
    },
  ),
  "their-theyre": pattern(
    /\b(?:their|there)(?= (?:going to|not|planning to|hoping to|looking for|doing well)\b)/gi,
    (m) => `Use "they're" (they are) here, not "${m[0]}".`,
    (m) => keepCase(m[0], "they're"),
    {
      accept: (m, text) =>
        !/\b(?:is|are|was|were)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
    },
  ),
  "your-youre": pattern(
    new RegExp(`\\byour(?= (?:${AFTER_YOURE})(?![\\p{L}-]))`, "giu"),
    () => `Use "you're" (you are) here, not "your".`,
    (m) => keepCase(m[0], "you're"),
  ),
  "youre-your": pattern(
    /\byou['’]re(?= (?:team|company|time|help|consideration|email|message|feedback|office|organi[sz]ation|support|insights?|advice|patience|reply|response|kind|quick)\b)/gi,
    () => `Use the possessive "your" here, not "you're".`,
    (m) => keepCase(m[0], "your"),
  ),
  "you-your": pattern(
    new RegExp(
      `(?<=\\b(?:for|appreciate|appreciated|value|valued|thanks to) )you(?= (?:${THANKED_FOR})\\b(?! (?:to|about|with)\\b))`,
      "gi",
    ),
    () => `Use the possessive "your" here ("your time"), not "you".`,
    () => "your",
    // "for you and your team" is fine, and "thank you for you" never has a noun after it.
    {
      accept: (m, text) =>
        !/^ (?:kind|quick|prompt|warm|thoughtful|generous|helpful|honest|candid) (?:to|of|enough)\b/i.test(
          text.slice(m.index + 3, m.index + 40),
        ),
    },
  ),
  "here-hear": pattern(
    /\b(?:to|can['’]t wait to|hope to|glad to|happy to|great to|good to|nice to) (here)(?= (?:from|about|back|that|more|what|how|whether|if|your|the news)\b)/dgi,
    () => `Use "hear" (to listen), not "here" (this place).`,
    (m) => keepCase(m[1] ?? "", "hear"),
    { group: 1 },
  ),
  "its-its": pattern(
    /\bits(?= (?:a|an|the|been|not|going to|my|always|also|just|really|clear|great|important|possible|likely|true|hard|easy)\b)/gi,
    () => `Use "it's" (it is / it has) here, not "its".`,
    (m) => keepCase(m[0], "it's"),
  ),
  "its-possessive": pattern(
    /\bit['’]s(?= (?:own|team|teams|mission|customers|products|employees|users|clients|goals|culture|values|platform|roadmap|engineers|people)\b)/gi,
    () => `Use the possessive "its" here, not "it's".`,
    (m) => keepCase(m[0], "its"),
  ),
  "then-than": pattern(
    /\b(?:more|less|better|worse|rather|greater|fewer|higher|lower|larger|smaller|faster|slower|other|longer|shorter|bigger|easier|harder|broader|earlier|sooner|cheaper|simpler|stronger|clearer|(?:more|less|rather) \p{L}+) (then)\b/dgiu,
    () => `Use "than" for comparisons, not "then".`,
    (m) => keepCase(m[1] ?? "", "than"),
    { group: 1 },
  ),
  "then-than-nlp": {
    severity: "error",
    find: (text) =>
      findThenAfterComparative(text).map((span) => ({
        ...span,
        message: `Use "than" for comparisons, not "then".`,
        fix: "than",
      })),
  },
  "look-forward-to-ing": pattern(
    /\b(?:look|looking|looked) forward to (hear|meet|speak|talk|work|learn|join|discuss|connect|see|receive|continue|chat|collaborate|contribute|start|visit|get|be|have|catch up)\b(?!['’-])/dgi,
    (m) => `After "look forward to", use the -ing form ("${ing(m[1] ?? "")}").`,
    (m) => ing(m[1] ?? ""),
    { group: 1 },
  ),
  agreement: pattern(
    /\b(?:(?:he|she|it) (?:don['’]t|have|haven['’]t)|(?:we|they|you) (?:was|wasn['’]t)|I (?:is|has|are|isn['’]t|hasn['’]t))(?![\p{L}'’])/giu,
    (m) => `"${m[0]}": the verb does not agree with its subject.`,
    (m) =>
      m[0]
        .replace(/don['’]t$/i, "doesn't")
        .replace(/ have$/i, " has")
        .replace(/ haven['’]t$/i, " hasn't")
        .replace(/ wasn['’]t$/i, " weren't")
        .replace(/ was$/i, " were")
        .replace(/^I (?:is|are)$/i, "I am")
        .replace(/^I isn['’]t$/i, "I am not")
        .replace(/^I has$/i, "I have")
        .replace(/^I hasn['’]t$/i, "I haven't"),
    // "Did he have", "would it have", "let it have": a helper before it takes the bare verb.
    { accept: (m, text) => !BEFORE_BARE.test(text.slice(Math.max(0, m.index - 12), m.index)) },
  ),
  "collective-noun": pattern(
    new RegExp(
      `\\b(?:${PRONOUN_OWNER}) (?:${COLLECTIVE}) (are|were|have|don['’]t|aren['’]t|weren['’]t|haven['’]t)\\b(?!['’])`,
      "giu",
    ),
    (m) =>
      `In American English a ${excerpt(m[0].split(" ")[1] ?? "")} is one: "${m[0].replace(/ \S+$/, ` ${singularVerb(m[1] ?? "")}`)}".`,
    (m) => m[0].replace(/ \S+$/, ` ${singularVerb(m[1] ?? "")}`),
    // "the people on the team are": the team is not the subject there.
    {
      accept: (m, text) =>
        !/\b(?:on|in|of|at|with|from|for|to|by|about|across|within|among|into|like|than|and|or)\s+$/i.test(
          text.slice(Math.max(0, m.index - 10), m.index),
        ),
    },
  ),
  "each-were": pattern(
    /\b(?:each|every one|everyone|everybody|nobody|no one|someone|somebody|anyone|anybody|either|neither)(?: of (?:the|your|our|their|my|them|us) ?\p{L}*| (?:on|in|at|from) (?:the|your|our|their|my) \p{L}+)? (were|are|have|weren['’]t|aren['’]t|haven['’]t)\b(?!['’])/giu,
    (m) => `"${excerpt(m[0])}": each one is singular; use "${singularVerb(m[1] ?? "")}".`,
    (m) => m[0].replace(/ \S+$/, ` ${singularVerb(m[1] ?? "")}`),
    {
      accept: (m, text) =>
        !/\?/.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/[.!]/)[0] ?? "",
        ),
    },
  ),
  "there-is-plural": pattern(
    /\bthere(?: is|['’]s| was) (?=(?:many|several|a few|few|two|three|four|five|six|numerous|various|both|lots of|plenty of other)\b)/gi,
    (m) => `"${m[0].trim()}" before a plural: use "there ${/was/i.test(m[0]) ? "were" : "are"}".`,
    (m) => `${keepCase(m[0], "there")} ${/was/i.test(m[0]) ? "were" : "are"} `,
  ),
  "plural-subject-was": pattern(
    /(?<=^|[.!?]\s+)The (\p{Ll}+s) (?:of|in|on|from|at|for) (?:the|this|that|our|your|my|their|his|her) \p{Ll}+ (was|is|has)\b/gu,
    (m) =>
      `"${m[1]}" is plural: use "${m[2] === "has" ? "have" : m[2] === "is" ? "are" : "were"}".`,
    (m) => m[0].replace(/\S+$/, m[2] === "has" ? "have" : m[2] === "is" ? "are" : "were"),
    { accept: (m) => !/(?:ss|us|is|ics|news|series|species)$/.test(m[1] ?? "") },
  ),
  "have-went": pattern(
    /\b(?:have|has|had|having|I['’]ve|we['’]ve|you['’]ve|they['’]ve) (went|did|saw|began|wrote|took|gave|ate|spoke|broke|chose|drove|forgot|knew|rode|sang|swam|threw|woke|wore|stole|fell|flew|grew|drank|rang)\b/gi,
    (m) => `After "have", use the participle: "${participle(m[1] ?? "")}", not "${m[1]}".`,
    (m) => m[0].replace(/\S+$/, participle(m[1] ?? "")),
  ),
  "spliced-note": {
    severity: "error",
    find: (text) =>
      findSplicedClauses(text).map((span) => ({
        ...span,
        message: `"${excerpt(text.slice(span.start, span.end))}" reads as a whole sentence pasted after "about": write "about how…", "that…", or say it as a phrase.`,
        fix: null,
      })),
  },
  article: { severity: "error", find: findArticleFaults },
  "sentence-capital": { severity: "error", find: findCapitalFaults },
  "missing-space": pattern(
    // The mark first, then the look back, so that the look back runs only at a mark.
    /[,;!?](?<=\p{Ll}{2}.)(?=\p{L})|\.(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll})/gu,
    (m) => `Add a space after "${m[0]}".`,
    (m) => `${m[0]} `,
  ),
  "double-space": pattern(
    /(?<=\S) {2,}(?=\S)/g,
    () => "Two spaces in a row.",
    () => " ",
    {
      severity: "warning",
    },
  ),
};

function singularVerb(verb: string): string {
  const v = verb.toLowerCase().replace("’", "'");
  return (
    {
      are: "is",
      were: "was",
      have: "has",
      "don't": "doesn't",
      "aren't": "isn't",
      "weren't": "wasn't",
      "haven't": "hasn't",
    }[v] ?? verb
  );
}

const PARTICIPLES: Record<string, string> = {
  went: "gone",
  did: "done",
  saw: "seen",
  began: "begun",
  wrote: "written",
  took: "taken",
  gave: "given",
  ate: "eaten",
  spoke: "spoken",
  broke: "broken",
  chose: "chosen",
  drove: "driven",
  forgot: "forgotten",
  knew: "known",
  rode: "ridden",
  sang: "sung",
  swam: "swum",
  threw: "thrown",
  woke: "woken",
  wore: "worn",
  stole: "stolen",
  fell: "fallen",
  flew: "flown",
  grew: "grown",
  drank: "drunk",
  rang: "rung",
};
function participle(verb: string): string {
  return PARTICIPLES[verb.toLowerCase()] ?? verb;
}

function ing(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower === "catch up") return "catching up";
  if (lower === "be" || lower === "see") return `${verb}ing`;
  if (lower === "get") return "getting";
  if (lower.endsWith("e")) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}
