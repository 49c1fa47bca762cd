import type { Command } from "commander";
import type { FollowUpAction } from "../../../core/domain/types.js";
import type { AgendaRow } from "../../../store/repositories/action.repository.js";
import {
  markActionDone,
  skipAction,
  snoozeAction,
} from "../../../use-cases/planning/change-action-status.js";
import { getAgenda } from "../../../use-cases/planning/get-agenda.js";
import { showPlan } from "../../../use-cases/planning/show-plan.js";
import { formatActionLine } from "../format.js";
import { runCommand } from "../run-command.js";

export function registerPlanCommands(program: Command): void {
  program
    .command("plan")
    .description("the follow-ups planned for an interview, each with its why")
    .argument("<interview-id>")
    .action(async (id: string, _opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const actions = await showPlan(ctx, id);
        print(
          { actions },
          (v) =>
            v.actions.map((a) => formatActionLine(a, a.contactName)).join("\n") ||
            "Nothing planned.",
        );
      });
    });

  program
    .command("agenda")
    .description("overdue, due today and the next 14 days, across everything (R26)")
    .action(async (_opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const agenda = await getAgenda(ctx);
        const section = (title: string, rows: AgendaRow[]) =>
          rows.length === 0
            ? []
            : [
                `${title}:`,
                ...rows.map(
                  (r) => `  ${formatActionLine(r.action, r.contactName)}  (${r.companyName})`,
                ),
              ];
        print(agenda, (a) =>
          [
            `Agenda for ${a.today}`,
            ...section("Overdue", a.overdue),
            ...section("Due today", a.dueToday),
            ...section("Upcoming", a.upcoming),
            ...(a.overdue.length + a.dueToday.length + a.upcoming.length === 0
              ? ["Nothing due. Well done."]
              : []),
          ].join("\n"),
        );
      });
    });

  const summarize = (verb: string) => (a: FollowUpAction) =>
    `${verb} ${a.id} (${a.kind}, ${a.status})`;

  program
    .command("done")
    .description("mark a follow-up as done")
    .argument("<action-id>")
    .action(async (id: string, _opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) =>
        print(await markActionDone(ctx, id), summarize("Done:")),
      );
    });

  program
    .command("skip")
    .description("skip a follow-up, saying why")
    .argument("<action-id>")
    .requiredOption("--reason <text>")
    .action(async (id: string, opts: { reason: string }, command: Command) => {
      await runCommand(command, async ({ ctx, print }) =>
        print(await skipAction(ctx, id, { reason: opts.reason }), summarize("Skipped:")),
      );
    });

  program
    .command("snooze")
    .description("move a follow-up to a later day")
    .argument("<action-id>")
    .requiredOption("--until <date>", "YYYY-MM-DD")
    .action(async (id: string, opts: { until: string }, command: Command) => {
      await runCommand(command, async ({ ctx, print }) =>
        print(
          await snoozeAction(ctx, id, { until: opts.until }),
          (a) => `Snoozed ${a.id} until ${a.snoozedUntil}; now due ${a.dueDate}.`,
        ),
      );
    });
}
