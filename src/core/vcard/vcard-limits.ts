import { AppError } from "../../errors/app-error.js";

/**
 * What one import reads. A whole address book fits: Google Contacts holds at most 25,000
 * contacts, and 64 MiB leaves room for their photos. The caps keep one file from holding the
 * process for long or filling its memory (figures in BENCHMARKS.md).
 */
export const VCARD_LIMITS = {
  cardsPerFile: 25_000,
  propertiesPerCard: 1_000,
  bytesPerFile: 64 * 1024 * 1024,
} as const;
export type VCardLimit = keyof typeof VCARD_LIMITS;

const count = (n: number) => n.toLocaleString("en-US");

const STATED = `at most ${count(VCARD_LIMITS.cardsPerFile)} cards and ${count(VCARD_LIMITS.bytesPerFile)} bytes (64 MiB) per file, and ${count(VCARD_LIMITS.propertiesPerCard)} properties per card`;

const BEYOND: Record<VCardLimit, string> = {
  cardsPerFile: `the file holds more than ${count(VCARD_LIMITS.cardsPerFile)} cards — split it and import each part`,
  propertiesPerCard: `the card has more than ${count(VCARD_LIMITS.propertiesPerCard)} properties — remove the ones not needed`,
  bytesPerFile: `the file is larger than ${count(VCARD_LIMITS.bytesPerFile)} bytes — split it, or export it without photos`,
};

/**
 * A file beyond one of VCARD_LIMITS at `where` (e.g. "Card 3 (line 12)"): the message names the
 * limit crossed and states them all.
 */
export function vcardLimitError(limit: VCardLimit, where: string): AppError {
  return new AppError("INVALID_IMPORT", `${where}: ${BEYOND[limit]}. An import reads ${STATED}.`, {
    field: "vcard",
    accepted: STATED,
  });
}
