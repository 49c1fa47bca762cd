import { mboxFromDate } from "../../core/mail/mbox-from-date.js";
import { MalformedMailError, parseMail } from "../../core/mail/parse-mail.js";
import { isMbox, splitMbox } from "../../core/mail/split-mbox.js";
import { AppError } from "../../errors/app-error.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { type MailItem, type RecordMailReport, recordMail } from "./record-mail.js";

export interface ImportMailInput {
  /** The file's bytes: one .eml message or an mbox archive (told apart by a leading "From "). */
  content: Uint8Array | string;
  /** For messages only: which file. */
  fileName?: string;
}

/** A message of an mbox that is not read (no sender, no date, not a message): left out, said why. */
export interface UnreadableMail {
  label: string;
  /** Its "From " separator line in the archive. */
  line: number;
  reason: string;
}

export interface ImportMailResult extends RecordMailReport {
  format: "eml" | "mbox";
  messages: number;
  unreadable: UnreadableMail[];
}

/**
 * Imports saved mail into the correspondence log (R25), each message matched to contacts by
 * its addresses and to sent mail by In-Reply-To/References; what matches no one is reported, not
 * stored. In an mbox a message without a sender or a date is left out and listed with the
 * reason, and the others are imported (an archive is many unrelated messages); a single .eml
 * that is not such a message, or an mbox with none, is refused, naming why.
 */
export async function importMail(
  ctx: UseCaseContext,
  input: ImportMailInput,
): Promise<ImportMailResult> {
  // latin1 keeps every byte as one character, so each message reaches the MIME parser intact.
  const text =
    typeof input.content === "string"
      ? input.content
      : Buffer.from(input.content).toString("latin1");
  const file = input.fileName ?? "the file";
  const format = isMbox(text) ? "mbox" : "eml";
  const parts =
    format === "mbox"
      ? splitMbox(text).map((m) => ({
          raw: m.raw,
          line: m.line,
          fallback: mboxFromDate(m.fromLine),
        }))
      : [{ raw: text, line: 1, fallback: null }];
  if (parts.length === 0 || (format === "eml" && text.trim() === ""))
    throw new AppError("INVALID_IMPORT", `${file} holds no email message.`, {
      field: "file",
      accepted: "an .eml file (one RFC 5322 message) or an mbox archive",
    });

  const items: MailItem[] = [];
  const unreadable: UnreadableMail[] = [];
  for (const [index, part] of parts.entries()) {
    const label = format === "mbox" ? `message ${index + 1}` : "message 1";
    const where = format === "mbox" ? `${label} of ${parts.length} (line ${part.line})` : label;
    const bytes = typeof input.content === "string" ? part.raw : Buffer.from(part.raw, "latin1");
    let why: string;
    try {
      const mail = await parseMail(bytes, part.fallback ?? undefined);
      if (mail.date !== null) {
        items.push({ label, mail });
        continue;
      }
      why = "it has no readable Date header";
    } catch (error) {
      if (!(error instanceof MalformedMailError)) throw error;
      why = error.message;
    }
    if (format === "eml") throw malformed(file, where, label, why);
    unreadable.push({ label, line: part.line, reason: why });
  }
  if (items.length === 0) {
    const listed = unreadable.slice(0, 3).map((u) => `${u.label} (line ${u.line}): ${u.reason}`);
    const more = unreadable.length > 3 ? `; and ${unreadable.length - 3} more` : "";
    throw new AppError(
      "INVALID_IMPORT",
      `${file} holds no readable email message: ${listed.join("; ")}${more}. Nothing was imported.`,
      { field: "file", accepted: "RFC 5322 messages with a From address and a Date" },
    );
  }
  const report = await inTransaction(ctx, (tx) => recordMail(tx, items));
  return { format, messages: parts.length, ...report, unreadable };
}

function malformed(file: string, where: string, label: string, why: string): AppError {
  return new AppError(
    "INVALID_IMPORT",
    `In ${file}, ${where} is not a valid email: ${why}. Nothing was imported.`,
    {
      field: label,
      accepted: "RFC 5322 messages with a From address and a Date",
    },
  );
}
