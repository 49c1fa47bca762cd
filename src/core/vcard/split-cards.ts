import { parseContentLine } from "./parse-content-line.js";
import type { ContentLine } from "./parse-vcards.types.js";
import { unfoldLines } from "./unfold-lines.js";
import { vcardImportError } from "./vcard-import-error.js";
import { VCARD_LIMITS, vcardLimitError } from "./vcard-limits.js";

export interface RawCard {
  number: number;
  line: number;
  properties: ContentLine[];
}

function isMarker(property: ContentLine, marker: "BEGIN" | "END"): boolean {
  return property.name === marker && property.value.trim().toUpperCase() === "VCARD";
}

/**
 * Groups the file's lines into cards, yielding each as it ends so only one card's lines are held;
 * every line outside BEGIN…END is an error, and so is a card beyond VCARD_LIMITS.
 */
export function* splitCards(text: string): Generator<RawCard> {
  let begun = 0;
  let open: RawCard | null = null;
  for (const run of unfoldLines(text)) {
    const property = parseContentLine(run.text, run.line);
    const number: number = open?.number ?? begun + 1;
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
      if (number > VCARD_LIMITS.cardsPerFile) {
        throw vcardLimitError("cardsPerFile", `Card ${number} (line ${run.line})`);
      }
      begun = number;
      open = { number, line: run.line, properties: [] };
    } else if (isMarker(property, "BEGIN")) {
      throw vcardImportError(
        number,
        run.line,
        `BEGIN:VCARD before END:VCARD of the card begun on line ${open.line} — add END:VCARD`,
      );
    } else if (isMarker(property, "END")) {
      yield open;
      open = null;
    } else if (open.properties.length === VCARD_LIMITS.propertiesPerCard) {
      throw vcardLimitError("propertiesPerCard", `Card ${number} (line ${run.line})`);
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
  if (begun === 0) {
    throw vcardImportError(1, 1, "no BEGIN:VCARD found — export the contact as a vCard (.vcf)");
  }
}
