import { AppError } from "../../errors/app-error.js";

const ACCEPTED = "vCard 3.0 or 4.0 files (.vcf) with BEGIN:VCARD … END:VCARD and an FN or N line";

/** Every import error names the card and the physical line so the user can fix the file. */
export function vcardImportError(card: number, line: number, problem: string): AppError {
  return new AppError("INVALID_IMPORT", `Card ${card} (line ${line}): ${problem}`, {
    field: "vcard",
    accepted: ACCEPTED,
  });
}
