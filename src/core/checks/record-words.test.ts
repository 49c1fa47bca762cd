import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CheckContext } from "./check.types.js";
import { checkDraft } from "./check-draft.js";
import { recordWordsOf } from "./record-words.js";

const CONTEXT: CheckContext = {
  channel: "card",
  recipientName: "Dana Whitfield",
  knownNames: ["Dana Whitfield", "Ñandú, S.A.", "José Ñúñez-Peña"],
};
const nameRules = (text: string, context: CheckContext = CONTEXT) =>
  checkDraft(text, context)
    .filter((f) => f.rule === "R1-name" || f.rule === "R21-spelling")
    .map((f) => [f.rule, text.slice(f.start, f.end)]);

describe("recordWordsOf (R1)", () => {
  it("splits a record like the text, without the punctuation around its words, composed", () => {
    expect(recordWordsOf("Ñandú, S.A.")).toEqual(["Ñandú", "S", "A"]);
    expect(recordWordsOf("Ñandú".normalize("NFD"))).toEqual(["Ñandú"]);
    expect(recordWordsOf("Jean-Luc O'Brien (Acme)")).toEqual(["Jean", "Luc", "O'Brien", "Acme"]);
  });

  it("never flags the company's or a person's own accented spelling, composed or not", () => {
    for (const form of ["NFC", "NFD"] as const) {
      const text = "Thank you, Dana. I enjoyed the day at Ñandú, S.A. with José Ñúñez-Peña.";
      expect(nameRules(text.normalize(form))).toEqual([]);
      const stored = { ...CONTEXT, knownNames: CONTEXT.knownNames.map((n) => n.normalize(form)) };
      expect(nameRules(text, stored)).toEqual([]);
    }
  });

  it("still flags a spelling of the record that is not its own", () => {
    const text = "Thank you, Dana. I enjoyed the day at Ñandu with José.";
    expect(nameRules(text)).toEqual([["R1-name", "Ñandu"]]);
  });

  it("property: every word of any record, written in a text in either form, is the record's own", () => {
    const letter = fc.constantFrom(..."aeiouñçøåéüßłżš", ..."nrtlsdkm");
    const word = fc
      .tuple(
        fc.constantFrom(..."ÑÁÉÖÅŁŻBCDKMNRT"),
        fc.array(letter, { minLength: 2, maxLength: 8 }),
      )
      .map(([first, rest]) => first + rest.join(""));
    const record = fc
      .tuple(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(" ", "-"),
        fc.constantFrom(", S.A.", " GmbH", "", " & Co."),
      )
      .map(([words, between, suffix]) => `${words.join(between)}${suffix}`);
    fc.assert(
      fc.property(
        record,
        fc.constantFrom("NFC", "NFD") as fc.Arbitrary<"NFC" | "NFD">,
        (name, form) => {
          const text = `Thank you, Dana. I enjoyed meeting ${recordWordsOf(name).join(" ")} today.`;
          const context = { ...CONTEXT, knownNames: ["Dana Whitfield", name] };
          expect(nameRules(text.normalize(form), context)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
