// The length limits at their edges: one under, at, and one over. The numbers are written out (not
// read from the constants), so moving a limit fails a test.
import { describe, expect, it } from "vitest";
import { checkLength } from "./check-length.js";

const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");

describe("R19: a follow-up email reads best under 350 words", () => {
  it.each([349, 350])("%i words: no finding", (n) => {
    expect(checkLength(words(n), "email")).toEqual([]);
  });

  it("351 words: a warning naming the count and the limit", () => {
    const text = words(351);
    expect(checkLength(text, "email")).toEqual([
      {
        rule: "length",
        severity: "warning",
        start: 0,
        end: text.length,
        message: "351 words; a follow-up email reads best under 350 (R19: concise).",
        suggestion: null,
      },
    ]);
  });

  it("counts words, not characters or line breaks", () => {
    expect(checkLength(words(350).replace(/ /g, "\n\n  "), "email")).toEqual([]);
    expect(checkLength("x".repeat(5000), "email")).toEqual([]);
  });

  it("the word limit is for email only", () => {
    expect(checkLength(words(400), "letter")).toEqual([]);
  });
});

describe("R9/R8: LinkedIn notes (300 characters, refused) and cards (450, a warning)", () => {
  it("LinkedIn: 300 characters pass, 301 is an error from the 301st", () => {
    expect(checkLength("a".repeat(300), "linkedin")).toEqual([]);
    const [finding, ...more] = checkLength("a".repeat(301), "linkedin");
    expect(more).toEqual([]);
    expect([finding?.severity, finding?.start, finding?.end]).toEqual(["error", 300, 301]);
  });

  it("card: 450 characters pass, 451 is a warning", () => {
    expect(checkLength("a".repeat(450), "card")).toEqual([]);
    expect(checkLength("a".repeat(451), "card").map((f) => f.severity)).toEqual(["warning"]);
  });
});
