/** A font a PDF can embed, with what it has a glyph for (read from its character map). */
export interface PdfFont {
  /** The font file (a .ttf, .otf or a .ttc collection). */
  file: string;
  /** The face of a collection (its PostScript name); absent for a single font. */
  face?: string;
  covers(codePoint: number): boolean;
}

/** A stretch of text set in one font. */
export interface FontRun {
  font: number;
  text: string;
}

/** Characters that take the font of what is around them: spaces, line breaks, joiners, marks. */
const NEUTRAL = /^(?:\s|\p{M}|[\u200b-\u200f\u2028\u2029])$/u;

/**
 * The text cut into runs, each in the first of `fonts` that has a glyph for it (so Latin text
 * keeps the first font and only what it lacks, such as CJK, goes to a later one), and the
 * characters none of them has: those would print as empty boxes, and the caller says so.
 */
export function fontRuns(
  text: string,
  fonts: readonly PdfFont[],
): { runs: FontRun[]; missing: string[] } {
  const runs: FontRun[] = [];
  const missing = new Set<string>();
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    const last = runs[runs.length - 1];
    let font: number;
    if (NEUTRAL.test(char)) font = last?.font ?? 0;
    else {
      font = fonts.findIndex((f) => f.covers(cp));
      if (font === -1) {
        missing.add(char);
        font = last?.font ?? 0;
      }
    }
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return { runs, missing: [...missing] };
}

/** What a PDF with these characters missing says about them: plain, with what to do. */
export function missingGlyphsWarning(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  const shown = missing
    .slice(0, 8)
    .map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`)
    .join(", ");
  const more = missing.length > 8 ? ` and ${missing.length - 8} more` : "";
  return `${missing.length} character(s) of the text have no glyph in the fonts installed here and print as empty boxes in the PDF: ${shown}${more}. Install a font that has them (on Debian, fonts-noto-cjk covers Chinese, Japanese and Korean) or name one in FOLLOWTHROUGH_PDF_FONT.`;
}
