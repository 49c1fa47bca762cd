import type { AppError } from "../../errors/app-error.js";
import { parseContentLine } from "./parse-content-line.js";
import type { ContentLine } from "./parse-vcards.types.js";
import { unfoldLines } from "./unfold-lines.js";
import { vcardImportError } from "./vcard-import-error.js";
import { VCARD_LIMITS, vcardLimitError } from "./vcard-limits.js";

export interface RawCard {
  number: number;
  line: number;
  properties: ContentLine[];
  /** What makes the card unreadable as a whole (its first such problem), or null. */
  problem: AppError | null;
  /** Lines outside any card (`problem` says which), not a card: nothing to import or skip. */
  stray: boolean;
}

function isMarker(property: ContentLine, marker: "BEGIN" | "END"): boolean {
  return property.name === marker && property.value.trim().toUpperCase() === "VCARD";
}

function isBase64(property: ContentLine): boolean {
  return (property.params.get("ENCODING") ?? []).some((e) => /^(B|BASE64)$/i.test(e));
}

/** A line of a vCard 2.1 base64 value, which 2.1 lets go on unindented until a blank line. */
const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;

/**
 * Groups the file's lines into cards, yielding each as it ends so only one card's lines are held.
 * A card that cannot be read whole (a line that is no property, no END:VCARD, too many
 * properties) is yielded with its problem, and the next card is read as usual; lines outside any
 * card are yielded once per run of them, as a stray problem. Only a file beyond the card limit is
 * refused here, as a whole.
 */
export function* splitCards(text: string): Generator<RawCard> {
  let begun = 0;
  let open: (RawCard & { inBase64: boolean }) | null = null;
  let inStrayRun = false;
  for (const run of unfoldLines(text)) {
    const property = parseContentLine(run.text, run.line);
    if (open === null) {
      if (property !== null && isMarker(property, "BEGIN")) {
        open = begin(++begun, run.line);
        inStrayRun = false;
      } else if (!inStrayRun) {
        inStrayRun = true;
        const problem = vcardImportError(
          begun + 1,
          run.line,
          property === null
            ? `"${run.text.slice(0, 40)}" is not a NAME:value line`
            : `expected BEGIN:VCARD, found ${property.name}`,
        );
        yield { number: begun + 1, line: run.line, properties: [], problem, stray: true };
      }
    } else if (property === null) {
      // vCard 2.1 photos (Nokia, old Outlook) run on in unindented base64 lines: skipped.
      if (!(open.inBase64 && BASE64_LINE.test(run.text.trim()))) {
        open.problem ??= vcardImportError(
          open.number,
          run.line,
          `"${run.text.slice(0, 40)}" is not a NAME:value line`,
        );
      }
    } else if (isMarker(property, "BEGIN")) {
      open.problem ??= vcardImportError(
        open.number,
        run.line,
        `BEGIN:VCARD before END:VCARD of the card begun on line ${open.line} — add END:VCARD`,
      );
      yield open;
      open = begin(++begun, run.line);
    } else if (isMarker(property, "END")) {
      yield open;
      open = null;
    } else if (open.properties.length === VCARD_LIMITS.propertiesPerCard) {
      open.problem ??= vcardLimitError(
        "propertiesPerCard",
        `Card ${open.number} (line ${run.line})`,
      );
    } else {
      open.properties.push(property);
      open.inBase64 = isBase64(property);
    }
  }
  if (open !== null) {
    open.problem ??= vcardImportError(
      open.number,
      open.line,
      "BEGIN:VCARD is never closed — add END:VCARD at the end of the card",
    );
    yield open;
  }
  if (begun === 0 && !inStrayRun) {
    throw vcardImportError(1, 1, "no BEGIN:VCARD found — export the contact as a vCard (.vcf)");
  }
}

function begin(number: number, line: number): RawCard & { inBase64: boolean } {
  if (number > VCARD_LIMITS.cardsPerFile) {
    throw vcardLimitError("cardsPerFile", `Card ${number} (line ${line})`);
  }
  return { number, line, properties: [], problem: null, stray: false, inBase64: false };
}
