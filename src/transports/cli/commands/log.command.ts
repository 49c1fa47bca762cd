import type { Command } from "commander";
import type { Channel, Correspondence, Direction } from "../../../core/domain/types.js";
import { deleteCorrespondence } from "../../../use-cases/correspondence/delete-correspondence.js";
import { editCorrespondence } from "../../../use-cases/correspondence/edit-correspondence.js";
import { logCorrespondence } from "../../../use-cases/correspondence/log-correspondence.js";
import { runCommand } from "../run-command.js";
import { readTextFile } from "./contact.command.js";

export function registerLogCommand(program: Command): void {
  const log = program
    .command("log")
    .description("record a piece of correspondence: a mail, call, letter or message (R25)")
    // Required when logging, not for `log edit` and `log delete` (commander would ask them there too).
    .option("--interview <id>")
    .option("--direction <in|out>", "in: from them; out: from you")
    .option("--channel <channel>", "email, phone, letter, card, linkedin or in-person")
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
      for (const [key, flag] of [
        ["interview", "--interview <id>"],
        ["direction", "--direction <in|out>"],
        ["channel", "--channel <channel>"],
      ] as const)
        if (opts[key] === undefined)
          command.error(`error: required option '${flag}' not specified`);
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
        print(entry, (e) => `Logged ${e.id}: ${describe(e)}`);
      });
    });

  log
    .command("edit")
    .description("correct a logged message (what is not given stays); the plan follows (R16)")
    .argument("<id>", "the message (cr_…)")
    .option("--interview <id>", "the interview it follows")
    .option("--direction <in|out>", "in: from them; out: from you")
    .option("--channel <channel>", "email, phone, letter, card, linkedin or in-person")
    .option("--at <time>", "when it happened")
    .option("--contact <id...>", "who it was with (replaces the people named before)")
    .option("--no-contact", "it was with no one person")
    .option("--subject <text>")
    .option("--body <text>")
    .option("--body-file <file>")
    .action(
      async (
        id: string,
        opts: Record<string, string | string[] | boolean | undefined>,
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) => {
          // Flags edit shares with `log` itself are read by `log` wherever they stand: take both.
          const given = { ...command.parent?.opts(), ...definedIn(opts) };
          const s = (k: string) => given[k] as string | undefined;
          const body = s("bodyFile") ? await readTextFile(s("bodyFile") as string) : s("body");
          const contact = given.contact;
          const edited = await editCorrespondence(ctx, {
            id,
            ...(s("interview") === undefined ? {} : { interviewId: s("interview") }),
            ...(s("direction") === undefined ? {} : { direction: s("direction") as Direction }),
            ...(s("channel") === undefined ? {} : { channel: s("channel") as Channel }),
            ...(s("at") === undefined ? {} : { at: s("at") }),
            ...(contact === undefined || contact === true
              ? {}
              : { contactIds: contact === false ? [] : (contact as string[]) }),
            ...(s("subject") === undefined ? {} : { subject: s("subject") }),
            ...(body === undefined ? {} : { body }),
          });
          print(edited, (e) => `Message ${e.id} is now: ${describe(e)}`);
        });
      },
    );

  log
    .command("delete")
    .description("delete a logged message (followthrough trash restore ID brings it back)")
    .argument("<id>", "the message (cr_…)")
    .option(
      "--confirm",
      "delete it although it fulfilled a follow-up (the refusal says what happens)",
    )
    .action(async (id: string, opts: { confirm?: boolean }, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const deleted = await deleteCorrespondence(ctx, { id, confirm: opts.confirm === true });
        const followUp = deleted.record.fulfilled;
        print(
          deleted,
          (d) =>
            `Deleted ${d.label}${followUp ? `\n  its follow-up ${followUp.id} ${d.record.outboxIds.length > 0 ? "stays sent" : "is back in the plan"}` : ""}\n  undo: followthrough trash restore ${d.id}`,
        );
      });
    });
}

/** The options given on the command line (`--no-contact` alone makes `contact` true by default). */
function definedIn(opts: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(opts).filter(([k, v]) => v !== undefined && !(k === "contact" && v === true)),
  );
}

function describe(e: Correspondence): string {
  return `${e.direction === "in" ? "received" : "sent"} ${e.channel} at ${e.occurredAt}${e.subject ? ` — ${e.subject}` : ""}${e.contactIds.length > 0 ? ` (${e.contactIds.length === 1 ? "1 person" : `${e.contactIds.length} people`})` : ""}`;
}
