import type { Command } from "commander";
import { invalidInput } from "../../../errors/app-error.js";
import { exportCsv } from "../../../use-cases/data/export-csv.js";
import { exportData } from "../../../use-cases/data/export-data.js";
import { importData } from "../../../use-cases/data/import-data.js";
import { runCommand } from "../run-command.js";
import { writePrivateFile } from "../write-private-file.js";
import { readTextFile } from "./contact.command.js";

export function registerDataCommands(program: Command): void {
  program
    .command("export")
    .description(
      "write every record: json (complete, for import) or csv (one row per person per interview)",
    )
    .option("--format <format>", "json or csv", "json")
    .option("-o, --output <file>", "write to a file (0600: yours only) instead of standard output")
    .action(async (opts: { format: string; output?: string }, command: Command) => {
      if (opts.format !== "json" && opts.format !== "csv")
        throw invalidInput("format", `Unknown format "${opts.format}".`, "json or csv");
      await runCommand(command, async ({ ctx, print }) => {
        const doc = await exportData(ctx);
        const text =
          opts.format === "json" ? `${JSON.stringify(doc, null, 2)}\n` : await exportCsv(ctx);
        if (!opts.output) {
          process.stdout.write(text);
          return;
        }
        await writePrivateFile(opts.output, text);
        print(
          {
            file: opts.output,
            format: opts.format,
            interviews: doc.interviews.length,
            contacts: doc.contacts.length,
            notes: doc.notes.length,
            correspondence: doc.correspondence.length,
          },
          (s) =>
            `Exported ${s.interviews} interview(s), ${s.contacts} contact(s), ${s.notes} note(s) and ${s.correspondence} message(s) to ${s.file} (${s.format}).`,
        );
      });
    });

  program
    .command("import")
    .description("load a JSON export, all or nothing")
    .argument("<file>")
    .action(async (file: string, _opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const summary = await importData(ctx, await readTextFile(file));
        print(
          summary,
          (s) =>
            `Imported ${s.interviews} interview(s), ${s.contacts} contact(s), ${s.notes} note(s), ${s.correspondence} message(s), ${s.actions} action(s), ${s.templates} edited template(s), ${s.trash} deleted record(s) in the trash.`,
        );
      });
    });
}
