import { DateTime } from "luxon";
import { invalidInput } from "../../../errors/app-error.js";
import type { Contact, Profile } from "../../domain/types.js";
import type { Draft } from "../draft.types.js";
import { assertFormat } from "./accepted-formats.js";
import {
  assertHeaderSafe,
  encodeHeaderText,
  formatAddress,
  quotedPrintable,
} from "./mime-encoding.js";

export interface EmlOptions {
  /** The sender's address; the profile's when absent. */
  from?: string | null;
  to: Pick<Contact, "name" | "email">;
  /** The instant the message is dated, ISO-8601. */
  date: string;
  /** "<id@host>" or "id@host". */
  messageId: string;
  profile: Profile;
}

const ADDRESS = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

/**
 * The draft as an RFC 5322 message (.eml), UTF-8 throughout: encoded-words for non-ASCII names
 * and subjects, a quoted-printable body. Refuses line breaks in header values (injection) and a
 * recipient without an email address.
 */
export function toEml(draft: Draft, options: EmlOptions): string {
  assertFormat(draft.channel, "eml");
  const { to, profile } = options;
  if (to.email === null || to.email.trim() === "") {
    throw invalidInput(
      "email",
      `${to.name} has no email address; add one with contact edit/add --email.`,
      "a contact with an email address",
    );
  }
  const from = options.from ?? profile.email;
  if (from === null || from.trim() === "") {
    throw invalidInput(
      "from",
      "There is no sender address; add one to your profile.",
      "profile edit --email",
    );
  }
  const subject = draft.subject ?? "";
  const fields: [string, string][] = [
    ["from", from],
    ["to", to.email],
    ["to", to.name],
    ["profile.name", profile.name ?? ""],
    ["subject", subject],
    ["messageId", options.messageId],
  ];
  for (const [field, value] of fields) assertHeaderSafe(field, value);
  for (const [field, address] of [
    ["from", from],
    ["email", to.email],
  ] as const) {
    if (!ADDRESS.test(address)) {
      throw invalidInput(field, `"${address}" is not an email address.`, "name@example.org");
    }
  }
  const id = options.messageId.replace(/^<|>$/g, "");
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(id)) {
    throw invalidInput("messageId", `"${options.messageId}" is not a Message-ID.`, "<unique@host>");
  }
  const date = DateTime.fromISO(options.date, { setZone: true });
  if (!date.isValid) {
    throw invalidInput(
      "date",
      `"${options.date}" is not an ISO date-time.`,
      "2026-11-17T18:00:00Z",
    );
  }

  const headers = [
    `From: ${formatAddress(profile.name, from)}`,
    `To: ${formatAddress(to.name, to.email)}`,
    `Subject: ${encodeHeaderText(subject)}`,
    `Date: ${date.setZone(profile.timeZone).toRFC2822()}`,
    `Message-ID: <${id}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${quotedPrintable(draft.body)}\r\n`;
}
