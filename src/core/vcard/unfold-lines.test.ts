import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PhysicalRun, unfoldLines as unfoldLazily } from "./unfold-lines.js";

const unfoldLines = (text: string) => [...unfoldLazily(text)];

/** RFC 6350 §3.2 as written: delete every CRLF followed by one space or tab; lines are what remains. */
function unfoldByDefinition(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
}

/**
 * The rules transcribed directly, one growing string tested after every line (quadratic): the
 * oracle the linear unfoldLines must agree with, quoted-printable soft breaks and blank lines
 * included.
 */
function unfoldDirectly(text: string): PhysicalRun[] {
  const physical = text.replace(/^\uFEFF/, "").split(/\r\r\n|\r\n|\n|\r/);
  const runs: PhysicalRun[] = [];
  let current: PhysicalRun | null = null;
  for (const [index, raw] of physical.entries()) {
    const softBreak =
      current !== null &&
      /^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(current.text) &&
      current.text.endsWith("=");
    if (current !== null && softBreak) current.text = current.text.slice(0, -1) + raw;
    else if (current !== null && (raw.startsWith(" ") || raw.startsWith("\t")))
      current.text += raw.slice(1);
    else if (raw.trim() === "") current = null;
    else {
      current = { line: index + 1, text: raw };
      runs.push(current);
    }
  }
  return runs;
}

// Characters that matter to unfolding or to finding a quoted-printable parameter, and any other.
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(":", ";", "=", " ", "\t", "é", "😀", "a", "Q") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
);
/** A content line as a writer holds it before folding: no line break, not blank, not indented. */
const logicalLine = fc
  .tuple(fc.constantFrom("NOTE", "FN", "item1.X-A;TYPE=work", "TEL;VALUE=uri"), fc.string({ unit }))
  .map(([name, value]) => `${name}:${value}`.replace(/[\r\n]/g, ""))
  .filter((line) => !/QUOTED-PRINTABLE/i.test(line));

/** Folds `line` with CRLF + a space or tab after the given characters (even mid-character). */
function fold(line: string, cuts: number[], blanks: string[]): string {
  const points = [...new Set(cuts.map((c) => 1 + (c % line.length)))].sort((a, b) => a - b);
  let out = "";
  let from = 0;
  points.forEach((point, i) => {
    out += `${line.slice(from, point)}\r\n${blanks[i % blanks.length] ?? " "}`;
    from = point;
  });
  return out + line.slice(from);
}

describe("unfoldLines", () => {
  it("equals the RFC 6350 §3.2 definition on any folded file, and keeps each line's number", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            line: logicalLine,
            cuts: fc.array(fc.nat(), { maxLength: 8 }),
            blanks: fc.array(fc.constantFrom(" ", "\t"), { minLength: 1, maxLength: 3 }),
          }),
          { maxLength: 10 },
        ),
        (lines) => {
          const physical = lines.map(({ line, cuts, blanks }) => fold(line, cuts, blanks));
          const text = `${physical.join("\r\n")}\r\n`;
          const runs = unfoldLines(text);
          expect(runs.map((r) => r.text)).toEqual(unfoldByDefinition(text));
          expect(runs.map((r) => r.text)).toEqual(lines.map((l) => l.line));
          let next = 1;
          const starts = physical.map((p) => {
            const start = next;
            next += p.split("\r\n").length;
            return start;
          });
          expect(runs.map((r) => r.line)).toEqual(starts);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("agrees with the direct rules on any text: soft breaks, blank lines, CR, LF, a BOM", () => {
    // Fragments that, joined by folds, spell a quoted-printable parameter or a soft break.
    const piece = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
          "NOTE;QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=",
          "NOTE;ENC",
          "ODING=QUOTED-",
          "PRINTABLE:x=",
          "PRINTABLE;",
          ";QUOTED-PRINTABLE",
          "=",
          "==",
          " ",
          "\t=",
          "  ",
          ":",
          "FN:Dana",
          "\uFEFF",
        ),
      },
      { weight: 1, arbitrary: fc.string({ unit, maxLength: 12 }) },
    );
    const eol = fc.constantFrom(
      "\r\n",
      "\n",
      "\r",
      "\r\r\n",
      "\r\r\n ",
      "=\r\r\n",
      "\r\n ",
      "\r\n\t",
      "=\r\n",
      "\r\n\r\n",
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, eol), { maxLength: 16 }), (parts) => {
        const text = parts.map(([p, e]) => p + e).join("");
        expect(unfoldLines(text)).toEqual(unfoldDirectly(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with the direct rules on a line of thousands of folds and soft breaks", () => {
    // Every line a soft break: the joined pieces pass any size the joining works in.
    for (const lines of [4_095, 4_097, 4_098, 8_200]) {
      const text = `NOTE;QUOTED-PRINTABLE:${"x=\r\n".repeat(lines)}y\r\nFN:x`;
      expect(unfoldLines(text)).toEqual(unfoldDirectly(text));
    }
    const piece = fc.constantFrom("a=", "=", "==", "b", " c", "\td=", " =", " ");
    fc.assert(
      fc.property(
        fc.constantFrom("NOTE;ENCODING=QUOTED-PRINTABLE:", "NOTE:"),
        fc.array(piece, { minLength: 4_000, maxLength: 9_000 }),
        (head, pieces) => {
          const text = `${head}${pieces.join("\r\n")}\r\nFN:x`;
          expect(unfoldLines(text)).toEqual(unfoldDirectly(text));
        },
      ),
      { numRuns: 20 },
    );
  });

  it("finds a quoted-printable parameter folded across lines", () => {
    const text = "NOTE;ENCOD\r\n ING=QUOTED-PRINTABLE:caf=\r\n=C3=A9\r\nFN:x";
    expect(unfoldLines(text)).toEqual([
      { line: 1, text: "NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9" },
      { line: 4, text: "FN:x" },
    ]);
  });

  it("joins 200,000 folds of one line", () => {
    const text = `NOTE:x${"\r\n y".repeat(200_000)}\r\nFN:Dana`;
    const runs = unfoldLines(text);
    expect(runs).toHaveLength(2);
    expect(runs[0]?.text).toBe(`NOTE:x${"y".repeat(200_000)}`);
    expect(runs[1]).toEqual({ line: 200_002, text: "FN:Dana" });
  });
});
