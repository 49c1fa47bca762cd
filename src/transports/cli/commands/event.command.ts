import type { Command } from "commander";
import type { InterviewEvent } from "../../../core/domain/types.js";
import type { PlanChange } from "../../../core/planner/plan-changes.js";
import { deleteEvent } from "../../../use-cases/planning/delete-event.js";
import { type EditedEvent, editEvent } from "../../../use-cases/planning/edit-event.js";
import { type RecordedEvent, recordEvent } from "../../../use-cases/planning/record-event.js";
import { runCommand } from "../run-command.js";

const news = (r: { event: InterviewEvent }) =>
  r.event.timelineText === null
    ? ""
    : `\nThey decide: "${r.event.timelineText}" (${r.event.timelineDate ?? "no date in it"})`;
/** What moved in the plan, a sentence a line (R16). */
const movedLines = (moved: readonly PlanChange[]) =>
  moved.length === 0
    ? "\nNothing else in the plan moved."
    : moved.map((m) => `\n  ${m.sentence}`).join("");
const describe = (r: RecordedEvent) =>
  `Recorded ${r.event.kind}${r.event.outcome ? ` (${r.event.outcome})` : ""} on ${r.event.interviewId}; the plan is updated.${news(r)}${r.nextInterview ? `\nNext round: ${r.nextInterview.id}` : ""}${movedLines(r.moved)}`;
const describeEdit = (r: EditedEvent) =>
  `Event ${r.event.id} is now: ${r.event.kind}${r.event.outcome ? ` (${r.event.outcome})` : ""} on ${r.event.occurredAt}${r.event.note ? `, “${r.event.note}”` : ""}.${news(r)}${movedLines(r.moved)}`;

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

  event
    .command("edit")
    .description(
      "correct an event: who, when, the note, when they decide, the outcome (what is not given stays)",
    )
    .argument("<id>", "the event (ev_…)")
    .option("--contact <id>", "who it came from")
    .option("--no-contact", "it came from no one person")
    .option("--at <time>", "when it happened")
    .option("--timeline <text>", 'when they decide, as said: "by the 15th" (R11, R16)')
    .option("--no-timeline", "it said nothing about when they decide")
    .option("--note <text>")
    .option("--kind <kind>", "reply, call, withdrawn or decision")
    .option("--outcome <outcome>", "a decision's outcome: hired or rejected")
    .action(
      async (
        id: string,
        opts: {
          contact?: string | false;
          at?: string;
          timeline?: string | false;
          note?: string;
          kind?: string;
          outcome?: string;
        },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) => {
          const edited = await editEvent(ctx, {
            id,
            ...(opts.contact === undefined ? {} : { contactId: opts.contact || null }),
            ...(opts.timeline === undefined ? {} : { timeline: opts.timeline || null }),
            ...(opts.at === undefined ? {} : { at: opts.at }),
            ...(opts.note === undefined ? {} : { note: opts.note }),
            ...(opts.kind === undefined ? {} : { kind: opts.kind as "reply" }),
            ...(opts.outcome === undefined ? {} : { outcome: opts.outcome as "hired" }),
          });
          print(edited, describeEdit);
        });
      },
    );

  event
    .command("delete")
    .description(
      "delete an event recorded by mistake (followthrough trash restore ID brings it back)",
    )
    .argument("<id>", "the event (ev_…)")
    .action(async (id: string, _opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const deleted = await deleteEvent(ctx, id);
        print(
          deleted,
          (d) =>
            `Deleted ${d.label}${movedLines(d.moved)}\n  undo: followthrough trash restore ${d.id}`,
        );
      });
    });
}
