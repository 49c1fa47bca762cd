import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkGrammar } from "./check-grammar.js";
import { parseGrammarFixture } from "./grammar-fixture.js";
import { GRAMMAR_RULE_IDS, GRAMMAR_RULES, type GrammarRuleId } from "./grammar-rules.js";

// Each rule's own examples: [brackets] mark exactly what it must mark, and the sentences without
// brackets are its near misses, which it must leave alone. Keyed by the registry's ids, so a rule
// added without examples does not compile.
const EXAMPLES: { readonly [K in GrammarRuleId]: readonly string[] } = {
  "repeated-word": [
    "Thank you for [the the] tour.",
    "That that worked surprised us.",
    "I had had a long week.",
  ],
  "could-of": [
    "I [could of] asked.",
    "It [might of] helped.",
    "I would of course travel.",
    "A couple of days.",
  ],
  alot: ["I learned [alot] there.", "I learned a lot there."],
  "lowercase-i": ["Yesterday [i] sent it.", "Then [i]'m free.", "I is a letter; i.e. a vowel."],
  "their-there": ["[Their] is a lot to learn.", "Their team is large."],
  "there-their": [
    "I liked [there] approach.",
    "[They're] team is kind.",
    "Is there new work planned?",
    "There are teams there.",
  ],
  "their-theyre": [
    "[Their] going to decide soon.",
    "I think [there] not sure yet.",
    "Their going-away party was fun.",
  ],
  "your-youre": [
    "[Your] welcome to call me.",
    "I hope [your] doing well.",
    "If [your] free on Thursday, call.",
    "[Your] right that it is tight.",
    "Your welcome email was kind.",
    "Thank you for your welcome.",
    "Your right to ask is clear.",
  ],
  "youre-your": ["Thanks for [you're] help.", "You're welcome."],
  "you-your": [
    "Thank you for [you] time.",
    "I appreciate [you] help.",
    "Thank you for you and your team's time.",
    "I appreciated you taking the time.",
    "It is kind of you.",
  ],
  "here-hear": [
    "I look forward to [here] from you.",
    "I was glad to [here] that.",
    "I hope to see you here.",
    "Here is the link.",
  ],
  "its-its": ["[Its] been great.", "[Its] a great team.", "Its mission is clear."],
  "its-possessive": ["The company and [it's] mission.", "It's clear."],
  "then-than": [
    "It is faster [then] before.",
    "More often [then] not.",
    "I finished, then I left.",
  ],
  "then-than-nlp": [
    "The queue was shorter [then] usual.",
    "This is closer to my interests [then] my current job.",
    "I moved, then I started.",
    "Back then I was new.",
    "If it is faster, then we ship.",
  ],
  "look-forward-to-ing": [
    "I look forward to [meet] you.",
    "I look forward to meeting you.",
    "I look forward to the call.",
  ],
  agreement: [
    "[He have] been kind.",
    "[We was] impressed.",
    "[She don't] need to rush.",
    "[I has] a question.",
    "Did he have time?",
    "Would it have helped?",
    "He has been kind.",
  ],
  "collective-noun": [
    "[The team are] hiring.",
    "[Our company have] grown.",
    "The people on the team are proud.",
    "The team is hiring.",
    "The team members are kind.",
  ],
  "each-were": [
    "[Each of the engineers were] helpful.",
    "[Everyone on the panel were] kind.",
    "Each of them was kind.",
  ],
  "there-is-plural": [
    "[There is ]many reasons.",
    "[There was ]several calls.",
    "There is a reason.",
    "There are many.",
  ],
  "plural-subject-was": [
    "[The results of the test was] clear.",
    "The rest of the team was kind.",
    "The analytics of the product is new.",
  ],
  "have-went": [
    "I [have went] over it.",
    "We [had took] notes.",
    "I have gone over it.",
    "I went over it.",
  ],
  "spliced-note": [
    "We talked about [her team is] moving to Kafka.",
    "I am excited about [Her team moved] to dbt.",
    "Thanks for telling me about [they are] hiring analysts.",
    "We talked about how her team is moving to Kafka.",
    "We talked about the jobs her team is moving.",
    "What I liked about the team is its openness.",
    "The best part about the role is the team.",
    "Our conversation about the budget was useful.",
  ],
  article: [
    "It was [a] honour.",
    "I have [an] strong team.",
    "It was an honour and a unique chance.",
  ],
  "sentence-capital": [
    "I enjoyed it. [the] team was kind.",
    "See e.g. the report.",
    "It was 3 p.m. and late.",
  ],
  "missing-space": ["Thanks[,]I enjoyed it.", "Thanks, I enjoyed it.", "See example.com for more."],
  "double-space": ["Thank you[  ]again.", "Thank you again."],
};

describe("each grammar rule marks exactly its own examples (R21)", () => {
  for (const id of GRAMMAR_RULE_IDS) {
    it(id, () => {
      for (const example of parseGrammarFixture(EXAMPLES[id].join("\n"))) {
        const found = checkGrammar(example.text, [], [id]).map((f) => ({
          start: f.start,
          end: f.end,
        }));
        expect(found, example.text).toEqual(example.faults);
        for (const f of checkGrammar(example.text, [], [id])) {
          expect(f.message.length, example.text).toBeGreaterThan(10);
        }
      }
    });
  }
});

const spans = (id: GrammarRuleId, text: string) =>
  [...GRAMMAR_RULES[id].find(text, [])].map((h) => [h.start, text.slice(h.start, h.end)]);
const matches = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
const textOf = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(""));

// The rules as they were written before issue 9, where they ran in time quadratic in a word.
const MISSING_SPACE = /(?<=\p{Ll}{2})(?:[,;!?](?=\p{L})|\.(?=\p{Lu}\p{Ll}))/gu;
const REPEATED_WORD = /\b(\p{L}+)\s+\1\b/giu;

describe("grammar rules rewritten to run in linear time (issue 9)", () => {
  it("missing-space finds what it found before", () => {
    const pieces = ["a", "b", "A", "Z", "é", "𝒷", "𝒜", ",", ";", "!", "?", ".", " ", "\n", "1"];
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(spans("missing-space", text)).toEqual(matches(MISSING_SPACE, text));
      }),
      { numRuns: 3000 },
    );
  });

  it("repeated-word finds what it found before in ASCII text, and now whole words elsewhere", () => {
    const pieces = ["a", "b", "A", "the", "The", " ", "  ", "\n", "1", "_", "-", "'", ".", ","];
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        const allowed = (m: (string | number)[]) =>
          !["that", "had"].includes(String(m[1]).split(/\s+/)[0]?.toLowerCase() ?? "");
        expect(spans("repeated-word", text)).toEqual(matches(REPEATED_WORD, text).filter(allowed));
      }),
      { numRuns: 3000 },
    );
    // \b knows only ASCII letters: "café café" was missed, a match started inside "aé".
    expect(spans("repeated-word", "café café")).toEqual([[0, "café café"]]);
    expect(spans("repeated-word", "aé é")).toEqual([]);
  });
});
