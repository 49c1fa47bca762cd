import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asClause } from "./select-notes.js";

describe("asClause (R7: the user's own notes inside a sentence)", () => {
  it.each([
    [
      "Her team moved the warehouse to dbt last spring.",
      "her team moved the warehouse to dbt last spring",
    ],
    ["The plan to move to streaming", "the plan to move to streaming"],
    ["Dana's migration to dbt.", "Dana's migration to dbt"],
    ["SQL performance tuning", "SQL performance tuning"],
    ["I mentioned my Kafka work", "I mentioned my Kafka work"],
  ])("%s → %s", (note, clause) => {
    expect(asClause(note)).toBe(clause);
  });

  it("only ever changes the first letter's case and trailing stops (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (text) => {
        const clause = asClause(text);
        const expected = text.trim().replace(/[.;]+$/, "");
        expect(clause.length).toBe(expected.length);
        expect(clause.slice(1)).toBe(expected.slice(1));
      }),
    );
  });
});
