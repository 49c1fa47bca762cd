import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFtsQuery } from "./to-fts-query.js";

describe("toFtsQuery (R25)", () => {
  it("reads words, phrases, or and exclusions the way websearch_to_tsquery does", () => {
    expect(toFtsQuery("salary range")).toBe('"salary" AND "range"');
    expect(toFtsQuery('"next step" Friday')).toBe('"next step" AND "Friday"');
    expect(toFtsQuery("offer or decision")).toBe('("offer" OR "decision")');
    expect(toFtsQuery("offer -rejected")).toBe('("offer") NOT ("rejected")');
    expect(toFtsQuery("O'Brien: follow-up?")).toBe('"O Brien" AND "follow up"');
  });

  it("leaves nothing to search when no word is left", () => {
    expect(toFtsQuery("")).toBeNull();
    expect(toFtsQuery("!!! ?")).toBeNull();
    expect(toFtsQuery("-spam")).toBeNull();
    expect(toFtsQuery("or")).toBeNull();
  });

  it("quotes every term, whatever is typed, so no input is FTS5 syntax", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        const query = toFtsQuery(input);
        if (query === null) return;
        // Outside quotes only operators, parentheses and spaces remain.
        const outside = query.replace(/"[^"]*"/g, "");
        expect(outside).toMatch(/^(?:[() ]|AND|OR|NOT)*$/);
      }),
      { numRuns: 500 },
    );
  });
});
