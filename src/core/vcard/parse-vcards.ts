import { AppError } from "../../errors/app-error.js";
import { decodeQuotedPrintable } from "./decode-quoted-printable.js";
import { decodeTextValue, isUtf8Bytes } from "./decode-text-value.js";
import { formatPostalAddress } from "./format-postal-address.js";
import { guessCharset } from "./guess-charset.js";
import {
  type ContentLine,
  type ParsedCard,
  VCARD_VERSIONS,
  type VCardVersion,
} from "./parse-vcards.types.js";
import { pickPreferred } from "./pick-preferred.js";
import { readVCardBytes, type VCardBytes } from "./read-vcard-bytes.js";
import { type RawCard, splitCards } from "./split-cards.js";
import { splitEscaped, unescapeText } from "./unescape-text.js";
import { lineOfImportError, vcardImportError } from "./vcard-import-error.js";
import { VCARD_LIMITS, vcardLimitError } from "./vcard-limits.js";

function blankToNull(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === "" ? null : value;
}

/** The labels values are named by in a refusal: the property, and what it holds. */
const WHAT: Record<string, string> = {
  FN: "FN (the name)",
  N: "N (the name)",
  ORG: "ORG (the organization)",
  TITLE: "TITLE (the job title)",
  EMAIL: "EMAIL",
  TEL: "TEL (the phone number)",
  ADR: "ADR (the postal address)",
  NOTE: "NOTE",
  URL: "URL",
};

/**
 * How the values of one file are decoded (R1: the name exactly as on the card, never mangled):
 * a file whose BOM names its encoding is that, transcoded; otherwise each value by its CHARSET,
 * else as UTF-8 when its bytes are UTF-8, else in the charset guessed for the file's
 * undeclared text (guessCharset, once, when first needed).
 */
class FileText {
  private guess: string | null = null;
  /** Set once an undeclared value was read in the guessed charset. */
  guessUsed = false;

  constructor(readonly file: VCardBytes) {}

  charsetOf(bytes: Uint8Array, declared: string | undefined, quotedPrintable: boolean): string {
    // Quoted-printable bytes are the declared charset's even in a transcoded file.
    if (declared !== undefined && (quotedPrintable || this.file.unicode === null)) return declared;
    if (this.file.unicode !== null || isUtf8Bytes(bytes)) return "utf-8";
    this.guess ??= guessCharset(this.file.binary);
    this.guessUsed = true;
    return this.guess;
  }

  guessed(): string | null {
    return this.guessUsed ? this.guess : null;
  }
}

/** Reads one card into a ParsedCard (R1: the name exactly as on the card). */
function readCard(card: RawCard, file: FileText, seen: { name: string | null }): ParsedCard {
  const all = (name: string) => card.properties.filter((p) => p.name === name);
  const cache = new Map<ContentLine, string>();

  // Undo the legacy transfer encoding and the charset; the result still carries vCard escapes.
  const decoded = (property: ContentLine): string => {
    const known = cache.get(property);
    if (known !== undefined) return known;
    const encodings = (property.params.get("ENCODING") ?? []).map((e) => e.toUpperCase());
    const quotedPrintable = encodings.includes("QUOTED-PRINTABLE");
    const bytes = quotedPrintable
      ? decodeQuotedPrintable(property.value)
      : Buffer.from(property.value, "latin1");
    const what = WHAT[property.name] ?? property.name;
    if (bytes === null) {
      throw vcardImportError(
        card.number,
        property.line,
        `${what} is not valid quoted-printable — re-export the card as vCard 3.0`,
      );
    }
    const charset = file.charsetOf(bytes, property.params.get("CHARSET")?.[0], quotedPrintable);
    const value = decodeTextValue(bytes, charset, what);
    if ("problem" in value) throw vcardImportError(card.number, property.line, value.problem);
    cache.set(property, value.text);
    return value.text;
  };
  const text = (property: ContentLine | null | undefined) =>
    property ? blankToNull(unescapeText(decoded(property))) : null;
  // vCard 2.1 has no lists in a component: its commas are text ("ul. Tverskaya, d. 7").
  const lists = !card.properties.some((p) => p.name === "VERSION" && p.value.trim() === "2.1");
  const components = (property: ContentLine, listJoin: string) =>
    splitEscaped(decoded(property), ";").map((component) =>
      lists
        ? splitEscaped(component, ",").map(unescapeText).join(listJoin)
        : unescapeText(component),
    );
  const nonBlank = (name: string) => all(name).filter((p) => text(p) !== null);

  const versionLine = all("VERSION")[0];
  const fn = all("FN");
  const n = all("N");
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

  const name = readName(card, fn, n, all("EMAIL"), text, components);
  seen.name = name;
  return {
    name,
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
  email: ContentLine[],
  text: (p: ContentLine) => string | null,
  components: (p: ContentLine, listJoin: string) => string[],
): string {
  const fullName = fn.map(text).find((name) => name !== null);
  if (fullName) return fullName;
  const structured = n[0];
  if (structured === undefined) {
    // R1: the name is the card's; one made up from an email address would print on letters.
    const address = email.map(text).find((value) => value !== null);
    throw vcardImportError(
      card.number,
      card.line,
      address
        ? `the card has neither FN nor N, only the email ${address} — add FN: with the name as on the card (a name is never made up from an email)`
        : "the card has neither FN nor N — add FN: with the name as on the card",
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

/** A card that cannot be imported, or lines outside any card: where, and why. */
export interface CardProblem {
  /** 1-based number of the card in the file (for stray lines: the card that would come next). */
  card: number;
  line: number;
  /** The card's name when it was read before the problem was found. */
  name: string | null;
  /** INVALID_IMPORT, its message "Card N (line L): …". */
  error: AppError;
}

export interface ReadCard {
  number: number;
  line: number;
  card: ParsedCard;
}

export interface VCardFile {
  cards: ReadCard[];
  /** Every card that cannot be read, and every run of lines outside a card, in file order. */
  problems: CardProblem[];
  /** The charset undeclared, non-UTF-8 text was read in (guessed), or null when none was. */
  guessedCharset: string | null;
}

/**
 * Reads every card of a .vcf file (vCard 2.1, 3.0 or 4.0) that can be read, and names each one
 * that cannot — R1: contact records come from the interviewers' business cards. The file is
 * taken as bytes (a string is taken as its UTF-8): see FileText for how values are decoded.
 * Throws INVALID_IMPORT only for the file as a whole: beyond VCARD_LIMITS, not valid in the
 * Unicode encoding its BOM names, or holding no card. Linear in the size of the file.
 */
export function readVCards(input: Uint8Array | string): VCardFile {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  if (bytes.length > VCARD_LIMITS.bytesPerFile) {
    throw vcardLimitError("bytesPerFile", `The file (${bytes.length} bytes)`);
  }
  const file = new FileText(readVCardBytes(bytes));
  const cards: ReadCard[] = [];
  const problems: CardProblem[] = [];
  let begun = false;
  for (const raw of splitCards(file.file.binary)) {
    begun ||= !raw.stray;
    const seen = { name: null as string | null };
    let problem = raw.problem;
    if (problem === null) {
      try {
        cards.push({ number: raw.number, line: raw.line, card: readCard(raw, file, seen) });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problem = error;
      }
    }
    if (problem !== null) {
      const line = lineOfImportError(problem) ?? raw.line;
      problems.push({ card: raw.number, line, name: seen.name, error: problem });
    }
  }
  // A file with no card in it is not a vCard file: refused whole, by its first stray line.
  const first = problems[0];
  if (!begun && first !== undefined) throw first.error;
  return { cards, problems, guessedCharset: file.guessed() };
}

/**
 * Every card of a .vcf file, or INVALID_IMPORT naming the first card that cannot be read (see
 * readVCards, which names them all).
 */
export function parseVCards(input: Uint8Array | string): ParsedCard[] {
  const { cards, problems } = readVCards(input);
  const first = problems[0];
  if (first !== undefined) throw first.error;
  return cards.map((c) => c.card);
}
