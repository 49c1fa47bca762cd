import type { Command } from "commander";
import { createSmtpSender } from "../../../delivery/smtp/smtp-sender.js";
import { AppError } from "../../../errors/app-error.js";
import { newId } from "../../../shared/new-id.js";
import type { OutboxEntry } from "../../../store/repositories/outbox.repository.js";
import { listOutbox, type OutboxView } from "../../../use-cases/sending/list-outbox.js";
import { sendAction } from "../../../use-cases/sending/send-action.js";
import { runCommand } from "../run-command.js";
import { secretKeyFor } from "./smtp.command.js";

function describeEntry(
  e: Pick<
    OutboxEntry,
    | "state"
    | "toAddress"
    | "subject"
    | "messageId"
    | "sentAt"
    | "nextAttemptAt"
    | "lastError"
    | "attempts"
  >,
): string {
  switch (e.state) {
    case "sent":
      return `sent to ${e.toAddress} at ${e.sentAt} (Message-ID <${e.messageId}>)`;
    case "queued":
      return `queued for ${e.nextAttemptAt}${e.lastError ? ` after ${e.attempts} attempt(s); last: ${e.lastError}` : ""}; the worker (npm start) sends it`;
    case "sending":
      return `being sent by a worker now (attempt ${e.attempts})`;
    case "failed":
      return `FAILED: ${e.lastError}`;
    case "cancelled":
      return `cancelled: ${e.lastError}`;
    default:
      return e.state satisfies never;
  }
}

export function registerSendCommands(program: Command): void {
  program
    .command("send")
    .description("approve an email follow-up and send it through your SMTP server (never twice)")
    .argument("<action-id>")
    .option(
      "--at <time>",
      "when to send: now, or a time (default: next business hours of the recipient)",
    )
    .action(async (actionId: string, opts: { at?: string }, command: Command) => {
      // The same choice runCommand makes when it opens the store.
      const kind = process.env.DATABASE_URL ? "postgres" : "sqlite";
      await runCommand(command, async ({ ctx, print }) => {
        const sender = createSmtpSender(secretKeyFor(command), { timeoutMs: 30_000 });
        try {
          const result = await sendAction(
            ctx,
            { kind, sender, workerId: `cli:${process.pid}:${newId("wk")}`, leaseMs: 5 * 60_000 },
            { actionId, at: opts.at ?? null },
          );
          const { raw: _raw, body: _body, ...entry } = result.entry;
          print({ ...entry, created: result.created, missing: result.missing }, (v) =>
            [
              `${v.created ? "" : "Already queued before; nothing new was sent. "}${actionId}: ${describeEntry(v)}`,
              ...v.missing.map((m) => `  note: ${m}`),
            ].join("\n"),
          );
          if (result.entry.state === "failed")
            throw new AppError("EXTERNAL_FAILURE", `Not sent: ${result.entry.lastError}`, {
              field: "smtp",
              accepted:
                "fix the cause, then run the same send again (it is queued again, never sent twice)",
            });
        } finally {
          sender.close();
        }
      });
    });

  program
    .command("outbox")
    .description("every message queued, sent, failed or cancelled, newest first")
    .action(async (_opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const entries = await listOutbox(ctx);
        print({ entries }, (v) =>
          v.entries.length === 0
            ? "The outbox is empty."
            : v.entries
                .map(
                  (e: OutboxView) =>
                    `${e.id}  ${e.actionId ?? e.idempotencyKey}  "${e.subject}"  ${describeEntry(e)}`,
                )
                .join("\n"),
        );
      });
    });
}
