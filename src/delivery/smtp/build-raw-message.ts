import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import {
  assertHeaderSafe,
  encodeHeaderText,
  formatAddress,
  quotedPrintable,
} from "../../core/drafts/formats/mime-encoding.js";
import { invalidInput } from "../../errors/app-error.js";

export interface RawMessageInput {
  fromAddress: string;
  fromName: string | null;
  toAddress: string;
  toName: string | null;
  subject: string;
  body: string;
  /** Without angle brackets: "uuid@host". */
  messageId: string;
  /** The instant the message is dated, UTC ISO. */
  date: string;
  /** The zone the Date header is written in. */
  timeZone: string;
}

const ADDRESS = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/;

/** A Message-ID made once per message, on the sender's domain: "uuid@example.org". */
export function makeMessageId(fromAddress: string): string {
  const domain = fromAddress.split("@")[1] ?? "followthrough.invalid";
  return `${randomUUID()}@${domain}`;
}

/** Refuses what would let a value write its own headers (CR, LF, NUL) and what is no address. */
export function assertAddress(field: string, address: string): void {
  assertHeaderSafe(field, address);
  if (!ADDRESS.test(address))
    throw invalidInput(field, `"${address}" is not an email address.`, "name@example.org");
}

/**
 * The message as RFC 5322 text, built once at queue time and sent byte for byte on every attempt:
 * UTF-8 with encoded-words in headers and a quoted-printable body.
 */
export function buildRawMessage(m: RawMessageInput): string {
  assertAddress("from", m.fromAddress);
  assertAddress("to", m.toAddress);
  for (const [field, value] of [
    ["fromName", m.fromName ?? ""],
    ["toName", m.toName ?? ""],
    ["subject", m.subject],
    ["messageId", m.messageId],
  ] as const)
    assertHeaderSafe(field, value);
  const headers = [
    `From: ${formatAddress(m.fromName, m.fromAddress)}`,
    `To: ${formatAddress(m.toName, m.toAddress)}`,
    `Subject: ${encodeHeaderText(m.subject)}`,
    `Date: ${DateTime.fromISO(m.date, { zone: m.timeZone }).toRFC2822()}`,
    `Message-ID: <${m.messageId}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${quotedPrintable(m.body)}\r\n`;
}
