import PDFDocument from "pdfkit";
import type { Draft } from "../draft.types.js";
import { assertFormat } from "./accepted-formats.js";
import { fontRuns, type PdfFont } from "./font-runs.js";
import { fontPath } from "./package-root.js";

export interface PdfOptions {
  kind: "letter" | "card";
  /** Compress content streams (default true); tests turn it off to read the text back. */
  compress?: boolean;
  /** The PDF's creation date (ISO); the Unix epoch when absent, so output is reproducible. */
  createdAt?: string;
  /**
   * The fonts to set the text in, in order of preference: each character goes to the first that
   * has it (findPdfFonts: DejaVu Sans, then a CJK font). Absent: DejaVu Sans alone.
   */
  fonts?: readonly PdfFont[];
}

// US Letter with one-inch margins (R10); a 5 × 7 inch card for a handwritten-style note (R8).
const LAYOUT = {
  letter: { size: [612, 792] as [number, number], margin: 72, fontSize: 11 },
  card: { size: [504, 360] as [number, number], margin: 36, fontSize: 13 },
};

/**
 * A printable PDF of a letter or card draft with the DejaVu Sans font embedded (so "Zoë Ångström"
 * prints), and the runs of text it has no glyphs for (Japanese, Chinese, Korean) in the next font
 * that has them. Each font is embedded as the subset of glyphs used, so a letter stays small.
 * Deterministic: the creation date comes in as an argument, since the core never reads the clock.
 */
export function toPdf(draft: Draft, options: PdfOptions): Promise<Buffer> {
  assertFormat(draft.channel, "pdf");
  const layout = LAYOUT[options.kind];
  const doc = new PDFDocument({
    size: layout.size,
    margin: layout.margin,
    compress: options.compress ?? true,
    info: {
      Title: draft.subject ?? "Follow-up",
      Creator: "followthrough",
      Producer: "followthrough",
      CreationDate: new Date(options.createdAt ?? 0),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const style = { lineGap: options.kind === "card" ? 4 : 2, paragraphGap: 0 };
  const fonts = options.fonts ?? [];
  const { runs } = fontRuns(draft.body, fonts);
  if (fonts.length === 0 || runs.every((r) => r.font === 0)) {
    setFont(doc, fonts[0] ?? { file: fontPath() }).fontSize(layout.fontSize);
    doc.text(draft.body, style);
  } else {
    // One flow of text across fonts: pdfkit wraps the runs as one paragraph (UAX #14 breaks,
    // so CJK text wraps between characters).
    runs.forEach((run, i) => {
      const font = fonts[run.font] as PdfFont;
      setFont(doc, font).fontSize(layout.fontSize);
      doc.text(run.text, { ...style, continued: i < runs.length - 1 });
    });
  }
  doc.end();
  return done;
}

function setFont(doc: PDFKit.PDFDocument, font: { file: string; face?: string }) {
  return font.face === undefined ? doc.font(font.file) : doc.font(font.file, font.face);
}
