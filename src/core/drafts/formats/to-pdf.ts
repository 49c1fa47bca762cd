import PDFDocument from "pdfkit";
import type { Draft } from "../draft.types.js";
import { assertFormat } from "./accepted-formats.js";
import { fontPath } from "./package-root.js";

export interface PdfOptions {
  kind: "letter" | "card";
  /** Compress content streams (default true); tests turn it off to read the text back. */
  compress?: boolean;
  /** The PDF's creation date (ISO); the Unix epoch when absent, so output is reproducible. */
  createdAt?: string;
}

// US Letter with one-inch margins (R10); a 5 × 7 inch card for a handwritten-style note (R8).
const LAYOUT = {
  letter: { size: [612, 792] as [number, number], margin: 72, fontSize: 11 },
  card: { size: [504, 360] as [number, number], margin: 36, fontSize: 13 },
};

/**
 * A printable PDF of a letter or card draft with the DejaVu Sans font embedded (so "Zoë Ångström"
 * prints). Deterministic: the creation date comes in as an argument, since the core never reads the clock.
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
  doc.font(fontPath()).fontSize(layout.fontSize);
  doc.text(draft.body, { lineGap: options.kind === "card" ? 4 : 2, paragraphGap: 0 });
  doc.end();
  return done;
}
