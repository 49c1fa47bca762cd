import { AppError } from "../../errors/app-error.js";

const ACCEPTED = "vCard 3.0 or 4.0 files (.vcf) with BEGIN:VCARD … END:VCARD and an FN or N line";

/** The physical line each import error names, to list the file's problems by line. */
const lines = new WeakMap<AppError, number>();

/** Every import error names the card and the physical line so the user can fix the file. */
export function vcardImportError(card: number, line: number, problem: string): AppError {
  const error = new AppError("INVALID_IMPORT", `Card ${card} (line ${line}): ${problem}`, {
    field: "vcard",
    accepted: ACCEPTED,
  });
  lines.set(error, line);
  return error;
}

/** The line a vcardImportError names, or null for another error. */
export function lineOfImportError(error: AppError): number | null {
  return lines.get(error) ?? null;
}
