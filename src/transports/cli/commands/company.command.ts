import type { Command } from "commander";
import { forgetCompany } from "../../../use-cases/companies/forget-company.js";
import { updateCompany } from "../../../use-cases/companies/update-company.js";
import { runCommand } from "../run-command.js";

export function registerCompanyCommands(program: Command): void {
  const company = program.command("company").description("the employers");
  company
    .command("set")
    .description(
      "a company's website, the public holidays its business days follow, and how to greet its people",
    )
    .argument("<company>", "its id (co_…) or name")
    .option("--website <url>")
    .option("--country <code>", "holidays of the employer's country, e.g. GB")
    .option("--region <code>", "and region, e.g. SCT")
    .option("--register <register>", "greeting: formal, first-name, or default (the country's)")
    .action(
      async (
        name: string,
        opts: { website?: string; country?: string; region?: string; register?: string },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) => {
          const { register, ...rest } = opts;
          const saved = await updateCompany(ctx, {
            company: name,
            ...rest,
            ...(register === undefined
              ? {}
              : { register: register === "default" ? null : (register as "formal") }),
          });
          print(
            saved,
            (c) =>
              `${c.id}  ${c.name}: holidays of ${c.country ?? "your profile's country"}${c.region ? `-${c.region}` : ""}; plans updated.`,
          );
        });
      },
    );
  company
    .command("forget")
    .description(
      "remove everything about a company for good (without --confirm: says what would go)",
    )
    .argument("<id>", "the company (co_…)")
    .option("--confirm <name>", "the company's name, typed again")
    .action(async (id: string, opts: { confirm?: string }, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const forgotten = await forgetCompany(ctx, { companyId: id, confirm: opts.confirm });
        print(
          forgotten,
          (f) =>
            `Forgot ${f.name}: ${f.removed.interviews} interview(s), ${f.removed.contacts} person(s), ${f.removed.notes} note(s), ${f.removed.correspondence} message(s) removed for good.`,
        );
      });
    });
}
