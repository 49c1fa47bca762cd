import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excerpt, mergeSpans, overlaps, overlapsAny, type Span, wordsOf } from "./text-spans.js";

// wordsOf as it was defined: every word tested against every skipped span (quadratic).
const SKIP =
  /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|edu|gov|example|ai|app)\b\S*|\{\{[^}]*\}\}|\[[^\]\n]*\]|\S*\d\S*/gi;
function wordsByDefinition(text: string) {
  const skip = [...text.matchAll(SKIP)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return [...text.matchAll(/\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu)]
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
    .filter((word) => !skip.some((s) => overlaps(s, word)));
}

const PIECES = [
  "Dana",
  "don't",
  "Dana’s",
  "é",
  "e\u0301",
  "𝒜",
  "x1",
  "7",
  ".",
  "@",
  "-",
  "+",
  "{{",
  "}}",
  "[",
  "]",
  " ",
  "\n",
  "https://",
  "www.",
  ".com",
  "co",
  "mail",
  "'",
  "’",
  "\u0000",
  "!",
  ",",
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((p) => p.join("")),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

describe("wordsOf", () => {
  it("keeps apostrophes and leaves out URLs, emails and numbers", () => {
    expect(wordsOf("Don't mail dana@x.io, see Dana’s 2nd deck").map((w) => w.text)).toEqual([
      "Don't",
      "mail",
      "see",
      "Dana’s",
      "deck",
    ]);
  });

  it("agrees with the definition (each word against each skipped span) on random text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(wordsOf(t)).toEqual(wordsByDefinition(t));
      }),
      { numRuns: 3000 },
    );
  });
});

const spans = fc
  .array(fc.tuple(fc.nat(200), fc.nat(20)), { maxLength: 30 })
  .map((pairs) => pairs.map(([start, length]) => ({ start, end: start + length + 1 })));

describe("mergeSpans and overlapsAny", () => {
  it("overlapsAny on merged spans says what overlaps says of any of them", () => {
    fc.assert(
      fc.property(spans, fc.nat(220), fc.nat(20), (all, start, length) => {
        const probe: Span = { start, end: start + length + 1 };
        expect(overlapsAny(mergeSpans(all), probe)).toBe(all.some((s) => overlaps(s, probe)));
      }),
    );
  });
});

describe("excerpt", () => {
  it("shortens long runs without splitting a surrogate pair", () => {
    expect(excerpt("short")).toBe("short");
    expect(excerpt("a".repeat(2000))).toBe(`${"a".repeat(20)}…${"a".repeat(20)}`);
    expect(excerpt("😀".repeat(100))).toMatch(/^(?:😀)+…(?:😀)+$/u);
  });
});
