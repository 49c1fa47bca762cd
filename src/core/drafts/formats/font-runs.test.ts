import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fontRuns, missingGlyphsWarning, type PdfFont } from "./font-runs.js";

// Two fonts as the PDF has them: a Latin one (below U+0370 here) and a CJK one (Han, kana, Hangul).
const latin: PdfFont = { file: "latin.ttf", covers: (cp) => cp < 0x370 };
const cjk: PdfFont = {
  file: "cjk.ttc",
  face: "CJK",
  covers: (cp) => (cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3),
};

describe("fontRuns", () => {
  it("keeps Latin text in the first font, whole", () => {
    expect(fontRuns("Dear Zoë,\nthank you.", [latin, cjk])).toEqual({
      runs: [{ font: 0, text: "Dear Zoë,\nthank you." }],
      missing: [],
    });
  });

  it("sets Japanese, Chinese and Korean in the font that has them; spaces stay with the run", () => {
    expect(fontRuns("Dear 山田 and 김민준 ok", [latin, cjk]).runs).toEqual([
      { font: 0, text: "Dear " },
      { font: 1, text: "山田 " },
      { font: 0, text: "and " },
      { font: 1, text: "김민준 " },
      { font: 0, text: "ok" },
    ]);
  });

  it("names each character no font has, once", () => {
    const { missing } = fontRuns("𓀀 a 𓀀 𓂀", [latin, cjk]);
    expect(missing).toEqual(["𓀀", "𓂀"]);
    expect(missingGlyphsWarning(missing)).toMatch(/2 character\(s\).*"𓀀" \(U\+13000\)/);
    expect(missingGlyphsWarning([])).toBeNull();
  });

  it("loses nothing and misses only what no font covers (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        const { runs, missing } = fontRuns(text, [latin, cjk]);
        expect(runs.map((r) => r.text).join("")).toBe(text);
        for (const c of missing) {
          const cp = c.codePointAt(0) ?? 0;
          expect(latin.covers(cp) || cjk.covers(cp)).toBe(false);
        }
        for (let i = 1; i < runs.length; i++) expect(runs[i]?.font).not.toBe(runs[i - 1]?.font);
      }),
    );
  });
});
