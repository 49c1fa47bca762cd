import { parseContentLine } from "./parse-content-line.js";
import type { ContentLine } from "./parse-vcards.types.js";
import { unfoldLines } from "./unfold-lines.js";
import { vcardImportError } from "./vcard-import-error.js";

export interface RawCard {
  number: number;
  line: number;
  properties: ContentLine[];
}

function isMarker(property: ContentLine, marker: "BEGIN" | "END"): boolean {
  return property.name === marker && property.value.trim().toUpperCase() === "VCARD";
}

/** Groups the file's lines into cards; every line outside BEGIN…END is an error. */
export function splitCards(text: string): RawCard[] {
  const cards: RawCard[] = [];
  let open: RawCard | null = null;
  for (const run of unfoldLines(text)) {
    const property = parseContentLine(run.text, run.line);
    const number: number = open?.number ?? cards.length + 1;
    if (property === null) {
      throw vcardImportError(
        number,
        run.line,
        `"${run.text.slice(0, 40)}" is not a NAME:value line`,
      );
    }
    if (open === null) {
      if (!isMarker(property, "BEGIN")) {
        throw vcardImportError(number, run.line, `expected BEGIN:VCARD, found ${property.name}`);
      }
      open = { number, line: run.line, properties: [] };
    } else if (isMarker(property, "BEGIN")) {
      throw vcardImportError(
        number,
        run.line,
        `BEGIN:VCARD before END:VCARD of the card begun on line ${open.line} — add END:VCARD`,
      );
    } else if (isMarker(property, "END")) {
      cards.push(open);
      open = null;
    } else {
      open.properties.push(property);
    }
  }
  if (open !== null) {
    throw vcardImportError(
      open.number,
      open.line,
      "BEGIN:VCARD is never closed — add END:VCARD at the end of the card",
    );
  }
  if (cards.length === 0) {
    throw vcardImportError(1, 1, "no BEGIN:VCARD found — export the contact as a vCard (.vcf)");
  }
  return cards;
}
