import { invalidInput } from "../../errors/app-error.js";
import { foldLine } from "./fold-line.js";
import type { ParsedCard } from "./parse-vcards.types.js";

/** RFC 6350 §3.4 text escaping; line breaks of any kind become `\n`. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/;/g, "\\;")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Writes a card as a vCard 3.0 or 4.0 file with CRLF line ends, so contacts can be exported
 * back (R1). parseVCards reads it back to an equal card.
 */
export function formatVCard(card: ParsedCard, version: "3.0" | "4.0"): string {
  if (card.name.trim() === "") {
    throw invalidInput("name", "The card has no name to write.", "the name as on the card (R1)");
  }
  const lines = ["BEGIN:VCARD", `VERSION:${version}`, `FN:${escapeText(card.name)}`];
  // N is required in 3.0; the parts of a name are not known, so all of it is the family name.
  if (version === "3.0") lines.push(`N:${escapeText(card.name)};;;;`);
  // [text before the value, value, text after it]
  const optional: Array<[string, string | null, string]> = [
    ["ORG:", card.organization, ""],
    ["TITLE:", card.title, ""],
    ["EMAIL;TYPE=work:", card.email, ""],
    // VALUE=text so a 4.0 reader does not take the number for a tel: URI.
    [version === "4.0" ? "TEL;VALUE=text;TYPE=work:" : "TEL;TYPE=work:", card.phone, ""],
    // The address is kept formatted, so all of it goes into the street component.
    ["ADR;TYPE=work:;;", card.postalAddress, ";;;;"],
    ["X-SOCIALPROFILE;TYPE=linkedin:", card.linkedinUrl, ""],
    ["NOTE:", card.note, ""],
  ];
  for (const [before, value, after] of optional) {
    if (value !== null) lines.push(`${before}${escapeText(value)}${after}`);
  }
  lines.push("END:VCARD");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
