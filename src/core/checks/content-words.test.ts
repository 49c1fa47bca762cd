import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentStems, stem } from "./content-words.js";

// The stem as it was written with regexes, before issue 9.
const byRegex = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/(?:ing|ed|es|s|ion|ions|ation|ations)$/, "")
    .slice(0, 6);

describe("stem", () => {
  it("matches a note's word with the message's", () => {
    expect(stem("migrating")).toBe(stem("migrated"));
    expect(contentStems("We migrated the dashboards.")).toEqual(new Set(["migrat", "dashbo"]));
  });

  it("removes what the regexes removed", () => {
    const pieces = ["a", "t", "i", "o", "n", "s", "e", "d", "g", "'", "’", "S", "İ", "x"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join("")),
        (word) => {
          expect(stem(word)).toBe(byRegex(word));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
