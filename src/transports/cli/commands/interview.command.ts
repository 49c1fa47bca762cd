import type { Command } from "commander";
import { addInterview } from "../../../use-cases/interviews/add-interview.js";
import { editInterview } from "../../../use-cases/interviews/edit-interview.js";
import { listInterviews } from "../../../use-cases/interviews/list-interviews.js";
import {
  type InterviewDetail,
  showInterview,
} from "../../../use-cases/interviews/show-interview.js";
import { formatActionLine, formatInterviewLine, formatWhen } from "../format.js";
import { toInt } from "../parse-flags.js";
import { runCommand } from "../run-command.js";

export function registerInterviewCommands(program: Command): void {
  const interview = program.command("interview").description("capture and look at interviews");

  interview
    .command("edit")
    .description("correct an interview (what is not given stays); its plan follows at once")
    .argument("<id>", "the interview (iv_…)")
    .option("--at <time>", "start, read in --tz (or the interview's zone)")
    .option("--tz <zone>", "IANA time zone of the interview")
    .option("--format <format>", "on-site, video or phone")
    .option("--location <text>")
    .option("--timeline <text>", "when they said you would hear back, as they said it")
    .option("--next-step <text>")
    .option("--feeling <text>", "how you felt it went")
    .option("--country <code>", "holidays of the employer")
    .option("--region <code>")
    .action(async (id: string, opts: Record<string, string | undefined>, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const given = (key: string, field: string) =>
          opts[key] === undefined ? {} : { [field]: opts[key] };
        const edited = await editInterview(ctx, {
          id,
          ...given("at", "at"),
          ...given("tz", "timeZone"),
          ...given("format", "format"),
          ...given("location", "location"),
          ...given("timeline", "timeline"),
          ...given("nextStep", "nextStep"),
          ...given("feeling", "feeling"),
          ...given("country", "country"),
          ...given("region", "region"),
        });
        print(
          edited,
          (i) =>
            `Interview ${i.id} corrected: ${formatWhen(i.startsAt, i.timeZone)}${i.timelineText ? `, hear back "${i.timelineText}"${i.timelineDate ? ` (${i.timelineDate})` : " (no date in it: the plan assumes the default, R11)"}` : ""}. The plan follows.`,
        );
      });
    });

  interview
    .command("add")
    .description("record an interview and plan its follow-ups")
    .requiredOption("--company <name>")
    .requiredOption("--role <title>")
    .requiredOption("--at <time>", "start, e.g. 2026-11-20T14:00 (read in --tz) or with an offset")
    .option("--tz <zone>", "IANA time zone of the interview (default: your profile's)")
    .option("--format <format>", "on-site, video or phone", "on-site")
    .option("--location <text>")
    .option("--round <n>")
    .option(
      "--timeline <text>",
      'when they said you would hear back, e.g. "two weeks", "by Friday"',
    )
    .option("--next-step <text>")
    .option("--feeling <text>", "how you felt it went")
    .option("--posting-url <url>")
    .option("--website <url>")
    .option("--country <code>", "holidays of the employer, if not your profile's")
    .option("--region <code>")
    .option("--card", "plan a handwritten card for this interview (R8)")
    .option("--no-card")
    .action(async (opts: Record<string, string | boolean | undefined>, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const s = (k: string) => opts[k] as string | undefined;
        const added = await addInterview(ctx, {
          company: s("company") as string,
          role: s("role") as string,
          at: s("at") as string,
          timeZone: s("tz"),
          format: s("format") as "on-site",
          location: s("location"),
          round: toInt(s("round")),
          timeline: s("timeline"),
          nextStep: s("nextStep"),
          feeling: s("feeling"),
          postingUrl: s("postingUrl"),
          website: s("website"),
          country: s("country"),
          region: s("region"),
          sendCard:
            command.getOptionValueSource("card") === "cli" ? (opts.card as boolean) : undefined,
        });
        print(
          { ...added.interview, company: added.company, application: added.application },
          (v) =>
            `Added ${formatInterviewLine(v, v.company.name, v.application.role)}\nNext: followthrough contact add --interview ${v.id} --name "…" --email …`,
        );
      });
    });

  interview
    .command("list")
    .description("every interview, newest first")
    .action(async (_opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const rows = await listInterviews(ctx);
        print(
          rows.map((r) => ({
            ...r.interview,
            companyId: r.companyId,
            companyName: r.companyName,
            role: r.role,
          })),
          (list) =>
            list.length === 0
              ? "No interviews yet. Add one with: followthrough interview add"
              : list.map((r) => formatInterviewLine(r, r.companyName, r.role)).join("\n"),
        );
      });
    });

  interview
    .command("show")
    .description("one interview with its people, notes and plan")
    .argument("<id>")
    .action(async (id: string, _opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) =>
        print(await showInterview(ctx, id), describeInterview),
      );
    });
}

function describeInterview(d: InterviewDetail): string {
  const i = d.interview;
  const names = new Map(d.contacts.map((c) => [c.id, c.name]));
  const lines = [
    `${d.company.name} — ${d.application.role}, round ${i.round} (${i.format}${i.location ? `, ${i.location}` : ""})`,
    `When:      ${formatWhen(i.startsAt, i.timeZone)}`,
    `Timeline:  ${i.timelineText ? `"${i.timelineText}" → ${i.timelineDate ?? "no date in it; the plan assumes the default (R11)"}` : "(none given)"}`,
    "",
    "People:",
    ...d.contacts.map(
      (c) =>
        `  ${c.id}  ${c.name}${c.title ? `, ${c.title}` : ""} (${c.role})${c.email ? ` <${c.email}>` : ""}${c.followUpOn ? ` — follow up on ${c.followUpOn} via ${c.followUpVia}` : ""}`,
    ),
    "",
    "Notes:",
    ...d.notes.map(
      (n) =>
        `  [${n.kind}]${n.contactId ? ` (${names.get(n.contactId) ?? n.contactId})` : ""} ${n.text}`,
    ),
    "",
    "Plan:",
    ...d.actions
      .filter((a) => a.status !== "cancelled")
      .map(
        (a) => `  ${formatActionLine(a, a.contactId ? (names.get(a.contactId) ?? null) : null)}`,
      ),
  ];
  return lines.join("\n");
}
