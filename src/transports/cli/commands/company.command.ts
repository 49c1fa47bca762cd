import type { Command } from "commander";
import { updateCompany } from "../../../use-cases/companies/update-company.js";
import { runCommand } from "../run-command.js";

export function registerCompanyCommands(program: Command): void {
  const company = program.command("company").description("the employers");
  company
    .command("set")
    .description("a company's website and the public holidays its business days follow")
    .argument("<company>", "its id (co_…) or name")
    .option("--website <url>")
    .option("--country <code>", "holidays of the employer's country, e.g. GB")
    .option("--region <code>", "and region, e.g. SCT")
    .action(
      async (
        name: string,
        opts: { website?: string; country?: string; region?: string },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) => {
          const saved = await updateCompany(ctx, { company: name, ...opts });
          print(
            saved,
            (c) =>
              `${c.id}  ${c.name}: holidays of ${c.country ?? "your profile's country"}${c.region ? `-${c.region}` : ""}; plans updated.`,
          );
        });
      },
    );
}
