import PostalMime, { type Address } from "postal-mime";
import { htmlToPlainText } from "./html-to-plain-text.js";
import { messageIdsIn } from "./message-id.js";
import { repairLegacyMime } from "./repair-legacy-mime.js";

/** One email, reduced to what the correspondence log keeps (R25) and matching needs (R16). */
export interface ParsedMail {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Addresses in lower case. */
  from: string[];
  to: string[];
  cc: string[];
  subject: string | null;
  /** UTC ISO instant, from the Date header, else the fallback given (mbox separator, IMAP date). */
  date: string | null;
  /** The plain-text body; an HTML-only message is reduced to its text. */
  text: string;
}

export class MalformedMailError extends Error {
  override readonly name = "MalformedMailError";
}

const HEADER_LINE = /^[!-9;-~]+:/;

/**
 * Parses one RFC 5322 message. It refuses what is not a message at all (no header block, no
 * sender) rather than keeping an empty record; everything else is as lenient as mail must be.
 */
export async function parseMail(
  raw: string | Uint8Array,
  fallbackDate?: string,
): Promise<ParsedMail> {
  const text = typeof raw === "string" ? raw : Buffer.from(raw).toString("latin1");
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (text.trim() === "") throw new MalformedMailError("the message is empty");
  if (!HEADER_LINE.test(firstLine))
    throw new MalformedMailError(
      `it does not start with a header line (found "${firstLine.slice(0, 40)}")`,
    );
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    const bytes = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    email = await PostalMime.parse(repairLegacyMime(bytes));
  } catch (cause) {
    throw new MalformedMailError(`it cannot be parsed: ${(cause as Error).message}`);
  }
  const from = addressesOf(email.from ? [email.from] : []);
  if (from.length === 0) throw new MalformedMailError("it has no From address");
  return {
    messageId: email.messageId?.trim() || null,
    inReplyTo: messageIdsIn(email.inReplyTo)[0] ?? null,
    references: messageIdsIn(email.references),
    from,
    to: addressesOf(email.to ?? []),
    cc: addressesOf(email.cc ?? []),
    subject: email.subject?.trim() || null,
    date: instantOf(email.date) ?? instantOf(fallbackDate),
    text: bodyText(email.text, email.html),
  };
}

function addressesOf(list: Address[]): string[] {
  const out: string[] = [];
  for (const entry of list) {
    const mailboxes = entry.group ?? [entry];
    for (const m of mailboxes) {
      const address = m.address?.trim().toLowerCase();
      if (address?.includes("@")) out.push(address);
    }
  }
  return out;
}

function instantOf(value: string | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function bodyText(text: string | undefined, html: string | undefined): string {
  if (text !== undefined && text.trim() !== "") return text.replace(/\r\n/g, "\n").trimEnd();
  return html ? htmlToPlainText(html) : "";
}
