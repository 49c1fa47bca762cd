import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GRAMMAR_RULES } from "./grammar-rules.js";

const rule = (id: string) => {
  const found = GRAMMAR_RULES.find((r) => r.id === id);
  if (found === undefined) throw new Error(id);
  return found.pattern;
};
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
        expect(matches(rule("missing-space"), text)).toEqual(matches(MISSING_SPACE, text));
      }),
      { numRuns: 3000 },
    );
  });

  it("repeated-word finds what it found before in ASCII text, and now whole words elsewhere", () => {
    const pieces = ["a", "b", "A", "the", "The", " ", "  ", "\n", "1", "_", "-", "'", ".", ","];
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(matches(rule("repeated-word"), text)).toEqual(matches(REPEATED_WORD, text));
      }),
      { numRuns: 3000 },
    );
    // \b knows only ASCII letters: "café café" was missed, a match started inside "aé".
    expect(matches(rule("repeated-word"), "café café")).toEqual([[0, "café café"]]);
    expect(matches(rule("repeated-word"), "aé é")).toEqual([]);
  });
});
