import type { Command } from "commander";
import { logCorrespondence } from "../../../use-cases/correspondence/log-correspondence.js";
import { runCommand } from "../run-command.js";
import { readTextFile } from "./contact.command.js";

export function registerLogCommand(program: Command): void {
  program
    .command("log")
    .description("record a piece of correspondence: a mail, call, letter or message (R25)")
    .requiredOption("--interview <id>")
    .requiredOption("--direction <in|out>", "in: from them; out: from you")
    .requiredOption("--channel <channel>", "email, phone, letter, card, linkedin or in-person")
    .option("--at <time>", "when (default: now)")
    .option("--contact <id...>", "who it was with")
    .option("--subject <text>")
    .option("--body <text>")
    .option("--body-file <file>")
    .option("--message-id <id>")
    .option("--thread <id>")
    .option("--in-reply-to <id>")
    .option("--action <id>", "the planned follow-up this fulfils")
    .action(async (opts: Record<string, string | string[] | undefined>, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const s = (k: string) => opts[k] as string | undefined;
        const body = s("bodyFile")
          ? await readTextFile(s("bodyFile") as string)
          : (s("body") ?? "");
        const entry = await logCorrespondence(ctx, {
          interviewId: s("interview") as string,
          direction: s("direction") as "in",
          channel: s("channel") as "email",
          at: s("at"),
          contactIds: (opts.contact as string[] | undefined) ?? [],
          subject: s("subject"),
          body,
          messageId: s("messageId"),
          threadId: s("thread"),
          inReplyTo: s("inReplyTo"),
          actionId: s("action"),
        });
        print(
          entry,
          (e) =>
            `Logged ${e.id}: ${e.direction === "in" ? "received" : "sent"} ${e.channel} at ${e.occurredAt}${e.subject ? ` — ${e.subject}` : ""}`,
        );
      });
    });
}
