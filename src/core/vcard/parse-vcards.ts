import { decodeQuotedPrintable } from "./decode-quoted-printable.js";
import { formatPostalAddress } from "./format-postal-address.js";
import {
  type ContentLine,
  type ParsedCard,
  VCARD_VERSIONS,
  type VCardVersion,
} from "./parse-vcards.types.js";
import { pickPreferred } from "./pick-preferred.js";
import { type RawCard, splitCards } from "./split-cards.js";
import { splitEscaped, unescapeText } from "./unescape-text.js";
import { vcardImportError } from "./vcard-import-error.js";
import { VCARD_LIMITS, vcardLimitError } from "./vcard-limits.js";

function blankToNull(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === "" ? null : value;
}

/** Reads one card into a ParsedCard (R1: the name exactly as on the card). */
function readCard(card: RawCard): ParsedCard {
  const all = (name: string) => card.properties.filter((p) => p.name === name);

  // Undo the legacy transfer encoding; the result still carries vCard escapes.
  const decoded = (property: ContentLine): string => {
    const encodings = (property.params.get("ENCODING") ?? []).map((e) => e.toUpperCase());
    if (!encodings.includes("QUOTED-PRINTABLE")) return property.value;
    const charset = property.params.get("CHARSET")?.[0] ?? "utf-8";
    const text = decodeQuotedPrintable(property.value, charset);
    if (text === null) {
      throw vcardImportError(
        card.number,
        property.line,
        `${property.name} is not valid quoted-printable in ${charset} — re-export the card as vCard 3.0`,
      );
    }
    return text;
  };
  const text = (property: ContentLine | null | undefined) =>
    property ? blankToNull(unescapeText(decoded(property))) : null;
  const components = (property: ContentLine, listJoin: string) =>
    splitEscaped(decoded(property), ";").map((component) =>
      splitEscaped(component, ",").map(unescapeText).join(listJoin),
    );
  const nonBlank = (name: string) => all(name).filter((p) => text(p) !== null);

  const versionLine = all("VERSION")[0];
  if (versionLine === undefined) {
    throw vcardImportError(
      card.number,
      card.line,
      "no VERSION line — add VERSION:3.0 or VERSION:4.0 after BEGIN:VCARD",
    );
  }
  const version = VCARD_VERSIONS.find((v) => v === versionLine.value.trim());
  if (version === undefined) {
    throw vcardImportError(
      card.number,
      versionLine.line,
      `VERSION ${versionLine.value.trim()} is not supported — use 3.0 or 4.0`,
    );
  }

  return {
    name: readName(card, all("FN"), all("N"), text, components),
    title: text(nonBlank("TITLE")[0]),
    organization: blankToNull(all("ORG").map((p) => components(p, ",")[0])[0]),
    email: text(pickPreferred(nonBlank("EMAIL"))),
    phone: readPhone(pickPreferred(nonBlank("TEL")), version, text),
    linkedinUrl: readLinkedIn(card.properties, text),
    postalAddress: readAddress(all("ADR"), components),
    note: blankToNull(
      nonBlank("NOTE")
        .map((p) => text(p))
        .join("\n"),
    ),
    version,
  };
}

function readName(
  card: RawCard,
  fn: ContentLine[],
  n: ContentLine[],
  text: (p: ContentLine) => string | null,
  components: (p: ContentLine, listJoin: string) => string[],
): string {
  const fullName = fn.map(text).find((name) => name !== null);
  if (fullName) return fullName;
  const structured = n[0];
  if (structured === undefined) {
    throw vcardImportError(
      card.number,
      card.line,
      "the card has neither FN nor N — add FN: with the name as on the card",
    );
  }
  const [family = "", given = "", additional = "", prefix = "", suffix = ""] = components(
    structured,
    " ",
  );
  const built = [prefix, given, additional, family, suffix]
    .filter((p) => p.trim() !== "")
    .join(" ");
  if (built === "") {
    throw vcardImportError(
      card.number,
      structured.line,
      "property N has no value and there is no FN — add FN: with the name as on the card",
    );
  }
  return built;
}

function readPhone(
  property: ContentLine | null,
  version: VCardVersion,
  text: (p: ContentLine) => string | null,
): string | null {
  if (property === null) return null;
  const value = text(property);
  const valueType = property.params.get("VALUE")?.[0]?.toLowerCase();
  // vCard 4.0 writes TEL as a tel: URI unless VALUE=text says otherwise.
  const isUri = valueType === "uri" || (version === "4.0" && valueType === undefined);
  return isUri && value?.toLowerCase().startsWith("tel:") ? blankToNull(value.slice(4)) : value;
}

function readLinkedIn(
  properties: ContentLine[],
  text: (p: ContentLine) => string | null,
): string | null {
  const links = properties.filter((p) => ["URL", "X-SOCIALPROFILE", "IMPP"].includes(p.name));
  const byUrl = links.map(text).find((value) => value?.toLowerCase().includes("linkedin.com"));
  if (byUrl) return byUrl;
  const social = links.find(
    (p) =>
      p.name === "X-SOCIALPROFILE" &&
      (p.params.get("TYPE") ?? []).some((t) => t.toLowerCase() === "linkedin"),
  );
  if (social === undefined) return null;
  // Apple's newer exports hold the handle in x-user and an opaque x-apple: URI as the value.
  const user = blankToNull(social.params.get("X-USER")?.[0]);
  return user ? `https://www.linkedin.com/in/${user}` : text(social);
}

function readAddress(
  adr: ContentLine[],
  components: (p: ContentLine, listJoin: string) => string[],
): string | null {
  const property = pickPreferred(adr.filter((p) => p.value.replace(/[;,\s]/g, "") !== ""));
  if (property === null) return null;
  // Several street values are several street lines (RFC 6350 §6.3.1).
  const street = components(property, "\n")[2] ?? "";
  const parts = components(property, " ");
  parts[2] = street;
  return formatPostalAddress(parts);
}

/**
 * Reads every card of a .vcf file (vCard 2.1, 3.0 or 4.0) — R1: contact records come from the
 * interviewers' business cards. Throws INVALID_IMPORT naming the card and line to fix, or the
 * limit (VCARD_LIMITS) the file is beyond. Linear in the size of the file.
 */
export function parseVCards(text: string): ParsedCard[] {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > VCARD_LIMITS.bytesPerFile) {
    throw vcardLimitError("bytesPerFile", `The file (${bytes} bytes)`);
  }
  const cards: ParsedCard[] = [];
  for (const card of splitCards(text)) cards.push(readCard(card));
  return cards;
}
