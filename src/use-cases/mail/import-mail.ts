import { mboxFromDate } from "../../core/mail/mbox-from-date.js";
import { MalformedMailError, type ParsedMail, parseMail } from "../../core/mail/parse-mail.js";
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

export interface ImportMailResult extends RecordMailReport {
  format: "eml" | "mbox";
  messages: number;
}

/**
 * Imports saved mail into the correspondence log (R25), each message matched to contacts by
 * its addresses and to sent mail by In-Reply-To/References; what matches no one is reported, not
 * stored. All or nothing per file: one malformed message refuses the whole file, naming it.
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
  for (const [index, part] of parts.entries()) {
    const label = format === "mbox" ? `message ${index + 1}` : "message 1";
    const where = format === "mbox" ? `${label} of ${parts.length} (line ${part.line})` : label;
    const bytes = typeof input.content === "string" ? part.raw : Buffer.from(part.raw, "latin1");
    let mail: ParsedMail;
    try {
      mail = await parseMail(bytes, part.fallback ?? undefined);
    } catch (error) {
      if (!(error instanceof MalformedMailError)) throw error;
      throw malformed(file, where, label, error.message);
    }
    if (mail.date === null) throw malformed(file, where, label, "it has no readable Date header");
    items.push({ label, mail });
  }
  const report = await inTransaction(ctx, (tx) => recordMail(tx, items));
  return { format, messages: items.length, ...report };
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
