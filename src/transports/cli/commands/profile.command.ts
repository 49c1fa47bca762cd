import type { Command } from "commander";
import type { Profile } from "../../../core/domain/types.js";
import { getProfile } from "../../../use-cases/profile/get-profile.js";
import { setProfile } from "../../../use-cases/profile/set-profile.js";
import { toInt } from "../parse-flags.js";
import { runCommand } from "../run-command.js";

export function registerProfileCommands(program: Command): void {
  const profile = program
    .command("profile")
    .description("your name, time zone, holidays and preferences");

  profile
    .command("set")
    .description("change the fields given; the rest stay as they are")
    .option("--name <name>")
    .option("--email <email>")
    .option("--phone <phone>")
    .option("--address <text>", "postal address, lines separated by \\n")
    .option("--signature <text>")
    .option("--timezone <zone>", "IANA time zone, e.g. Europe/London")
    .option("--country <code>", "country for public holidays, e.g. US, GB")
    .option("--region <code>", "region for public holidays, e.g. CA for California")
    .option("--strengths <list>", "comma-separated strengths and skills to mention")
    .option("--card", "plan a handwritten thank-you card (R8)")
    .option("--no-card")
    .option("--linkedin", "plan LinkedIn requests where agreed (R9)")
    .option("--no-linkedin")
    .option("--summary-letter", "plan a summary letter by post (R10)")
    .option("--no-summary-letter")
    .option("--max-unanswered <n>", "unanswered follow-ups before moving on (R15)")
    .option("--assumed-timeline-days <n>", "days assumed when no timeline was given (R11)")
    .action(async (opts: Record<string, string | boolean | undefined>, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const src = (name: string) => command.getOptionValueSource(name);
        const flag = (name: string) => (src(name) === "cli" ? (opts[name] as boolean) : undefined);
        const result = await setProfile(ctx, {
          name: opts.name as string | undefined,
          email: opts.email as string | undefined,
          phone: opts.phone as string | undefined,
          postalAddress: unescapeLines(opts.address as string | undefined),
          signature: unescapeLines(opts.signature as string | undefined),
          timeZone: opts.timezone as string | undefined,
          country: opts.country as string | undefined,
          region: opts.region as string | undefined,
          strengths:
            typeof opts.strengths === "string"
              ? opts.strengths
                  .split(",")
                  .map((s) => s.trim())
                  .filter(Boolean)
              : undefined,
          sendCard: flag("card"),
          linkedIn: flag("linkedin"),
          summaryLetter: flag("summaryLetter"),
          maxUnanswered: toInt(opts.maxUnanswered as string | undefined),
          assumedTimelineDays: toInt(opts.assumedTimelineDays as string | undefined),
        });
        print(result, (p) => `Profile saved; plans updated.\n${describeProfile(p)}`);
      });
    });

  profile
    .command("show")
    .description("print the profile")
    .action(async (_opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) =>
        print(await getProfile(ctx), describeProfile),
      );
    });
}

function unescapeLines(value: string | undefined): string | undefined {
  return value?.replaceAll("\\n", "\n");
}

function describeProfile(p: Profile): string {
  return [
    `Name:        ${p.name ?? "(not set)"}`,
    `Email:       ${p.email ?? "(not set)"}`,
    `Phone:       ${p.phone ?? "(not set)"}`,
    `Time zone:   ${p.timeZone}`,
    `Holidays:    ${p.country}${p.region ? `-${p.region}` : ""}`,
    `Strengths:   ${p.strengths.join(", ") || "(none yet)"}`,
    `Card:        ${p.sendCard ? "on" : "off"}   LinkedIn: ${p.linkedIn ? "on" : "off"}   Summary letter: ${p.summaryLetter ? "on" : "off"}`,
    `Move on after ${p.maxUnanswered} unanswered follow-ups; assume ${p.assumedTimelineDays} days when no timeline was given.`,
  ].join("\n");
}
