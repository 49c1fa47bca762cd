import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { firstControl } from "./decode-text-value.js";
import { foldLine } from "./fold-line.js";
import { formatVCard } from "./format-vcard.js";
import { parseVCards } from "./parse-vcards.js";
import type { ParsedCard } from "./parse-vcards.types.js";

// Characters vCard must escape or that break naive parsers, mixed with any grapheme.
const unit = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(",", ";", "\\", "\n", ":", "=", '"', " ", "\t", "ë") },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
);
// Text is normalised to \n line breaks (a bare CR has no vCard escape), and a blank optional
// field reads back as null, so the domain is non-blank text without CR. The reader refuses
// U+FFFD and control characters (issue 15: never stored silently), so they are not in it either.
const text = fc
  .string({ unit, minLength: 1, maxLength: 120 })
  .map((s) => [...s].filter((c) => c !== "\r" && c !== "\uFFFD" && firstControl(c) < 0).join(""))
  .filter((s) => s.trim() !== "");
const optional = fc.option(text, { nil: null });

const card = (version: "3.0" | "4.0"): fc.Arbitrary<ParsedCard> =>
  fc.record({
    name: text,
    title: optional,
    organization: optional,
    email: optional,
    phone: optional,
    linkedinUrl: optional,
    postalAddress: optional,
    note: optional,
    version: fc.constant(version),
  });

describe("formatVCard", () => {
  it.each(["3.0", "4.0"] as const)("round-trips any card through vCard %s", (version) => {
    fc.assert(
      fc.property(card(version), (original) => {
        expect(parseVCards(formatVCard(original, version))).toEqual([original]);
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips several cards in one file", () => {
    fc.assert(
      fc.property(fc.array(card("4.0"), { minLength: 1, maxLength: 5 }), (cards) => {
        const file = cards.map((c) => formatVCard(c, "4.0")).join("");
        expect(parseVCards(file)).toEqual(cards);
      }),
    );
  });

  const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it("folds every line at 75 octets without splitting a UTF-8 sequence", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (value) => {
        const folded = foldLine(`NOTE:${value}`);
        for (const line of folded.split("\r\n")) {
          expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
          // A UTF-8 sequence split across lines would leave a half surrogate pair behind in one.
          expect(line).not.toMatch(LONE_SURROGATE);
        }
        expect(folded.replace(/\r\n /g, "")).toBe(`NOTE:${value}`);
      }),
    );
  });

  it("escapes commas, semicolons, backslashes and line breaks", () => {
    const written = formatVCard(
      {
        name: "Dana Whitfield",
        title: null,
        organization: "Acme; Inc.",
        email: null,
        phone: null,
        linkedinUrl: null,
        postalAddress: "1 Main St\nSpringfield, IL 62701",
        note: "C:\\path, then\r\nnext",
        version: "3.0",
      },
      "3.0",
    );
    expect(written).toContain("ORG:Acme\\; Inc.\r\n");
    expect(written).toContain("ADR;TYPE=work:;;1 Main St\\nSpringfield\\, IL 62701;;;;\r\n");
    expect(written).toContain("NOTE:C:\\\\path\\, then\\nnext\r\n");
    expect(written.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Whitfield\r\n")).toBe(true);
  });

  it("refuses a card without a name (R1)", () => {
    const blank = { name: " ", version: "4.0" } as ParsedCard;
    expect(() => formatVCard(blank, "4.0")).toThrow(AppError);
  });
});
