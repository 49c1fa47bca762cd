import type { Command } from "commander";
import { type RecordedEvent, recordEvent } from "../../../use-cases/planning/record-event.js";
import { runCommand } from "../run-command.js";

const news = (r: RecordedEvent) =>
  r.event.timelineText === null
    ? ""
    : `\nThey decide: "${r.event.timelineText}" (${r.event.timelineDate ?? "no date in it"})`;
const describe = (r: RecordedEvent) =>
  `Recorded ${r.event.kind}${r.event.outcome ? ` (${r.event.outcome})` : ""} on ${r.event.interviewId}; the plan is updated.${news(r)}${r.nextInterview ? `\nNext round: ${r.nextInterview.id}` : ""}`;

export function registerEventCommands(program: Command): void {
  const event = program
    .command("event")
    .description("something happened: a reply, a call, a decision, a next round (R16)");

  for (const kind of ["reply", "call"] as const) {
    event
      .command(kind)
      .requiredOption("--interview <id>")
      .option("--contact <id>", "who it came from")
      .option("--at <time>", "when (default: now)")
      .option("--timeline <text>", 'when they decide, as said: "by December 15" (R11, R16)')
      .option("--note <text>")
      .action(
        async (
          opts: {
            interview: string;
            contact?: string;
            at?: string;
            timeline?: string;
            note?: string;
          },
          command: Command,
        ) => {
          await runCommand(command, async ({ ctx, print }) =>
            print(
              await recordEvent(ctx, {
                kind,
                interviewId: opts.interview,
                contactId: opts.contact,
                at: opts.at,
                timeline: opts.timeline,
                note: opts.note,
              }),
              describe,
            ),
          );
        },
      );
  }

  event
    .command("withdrawn")
    .requiredOption("--interview <id>")
    .option("--contact <id>")
    .option("--at <time>", "when (default: now)")
    .option("--note <text>")
    .action(
      async (
        opts: { interview: string; contact?: string; at?: string; note?: string },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) =>
          print(
            await recordEvent(ctx, {
              kind: "withdrawn",
              interviewId: opts.interview,
              contactId: opts.contact,
              at: opts.at,
              note: opts.note,
            }),
            describe,
          ),
        );
      },
    );

  event
    .command("decision")
    .requiredOption("--interview <id>")
    .requiredOption("--outcome <outcome>", "hired or rejected")
    .option("--contact <id>")
    .option("--at <time>")
    .option("--note <text>")
    .action(
      async (
        opts: { interview: string; outcome: string; contact?: string; at?: string; note?: string },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) =>
          print(
            await recordEvent(ctx, {
              kind: "decision",
              outcome: opts.outcome as "hired",
              interviewId: opts.interview,
              contactId: opts.contact,
              at: opts.at,
              note: opts.note,
            }),
            describe,
          ),
        );
      },
    );

  event
    .command("next-round")
    .requiredOption("--interview <id>")
    .requiredOption("--at <time>", "when the next round starts")
    .option("--tz <zone>")
    .option("--timeline <text>")
    .option("--contact <id>")
    .option("--note <text>")
    .action(
      async (
        opts: {
          interview: string;
          at: string;
          tz?: string;
          timeline?: string;
          contact?: string;
          note?: string;
        },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) =>
          print(
            await recordEvent(ctx, {
              kind: "next-round",
              interviewId: opts.interview,
              nextAt: opts.at,
              nextTimeZone: opts.tz,
              nextTimeline: opts.timeline,
              contactId: opts.contact,
              note: opts.note,
            }),
            describe,
          ),
        );
      },
    );
}
