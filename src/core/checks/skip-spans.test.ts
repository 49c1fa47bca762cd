import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skipSpans } from "./skip-spans.js";

// The definition the scanner implements, as a regex: exact, but quadratic on long runs.
const SKIP =
  /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|edu|gov|example|ai|app)\b\S*|\{\{[^}]*\}\}|\[[^\]\n]*\]|\S*\d\S*/gi;
const byRegex = (text: string) =>
  [...text.matchAll(SKIP)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

// Pieces that make the alternatives match, half-match and fail in every order.
const PIECES = [
  "a",
  "Z",
  "é",
  "x1",
  "7",
  "_",
  "-",
  "+",
  ".",
  "@",
  ":",
  "/",
  "'",
  "’",
  "{",
  "}",
  "{{",
  "}}",
  "[",
  "]",
  " ",
  "  ",
  "\n",
  "\t",
  "\u00a0",
  "\u2028",
  "http",
  "HTTPS",
  "://",
  "www",
  "WWW.",
  "com",
  ".com",
  ".Org",
  "co",
  ".io",
  "example",
  "app",
  "mail",
  "zoe",
  "\u0000",
  "😀",
  "e\u0301",
];
const prose = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((pieces) => pieces.join(""));

describe("skipSpans", () => {
  it("skips URLs, emails, domains, placeholders, brackets and anything with a digit", () => {
    const text =
      "See https://zoe.example.org/wrk, www.x.dev or zoe@exmaple.org; northwind.io is {{a b}} [Name] 12ab ok";
    expect(skipSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "https://zoe.example.org/wrk,",
      "www.x.dev",
      "zoe@exmaple.org",
      "northwind.io",
      "{{a b}}",
      "[Name]",
      "12ab",
    ]);
  });

  it("finds exactly what the regex finds, on random text", () => {
    fc.assert(
      fc.property(fc.oneof(prose, fc.string({ maxLength: 60 })), (text) => {
        expect(skipSpans(text)).toEqual(byRegex(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds exactly what the regex finds where it backtracks most", () => {
    for (const text of [
      "a".repeat(3000),
      "a.".repeat(1500),
      "a-".repeat(1500),
      "{{".repeat(1500),
      "[".repeat(3000),
      `${"a.".repeat(1000)}com`,
      `${"a".repeat(2000)}@b`,
    ]) {
      expect(skipSpans(text)).toEqual(byRegex(text));
    }
  });
});
