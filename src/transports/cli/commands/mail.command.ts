import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { AppError } from "../../../errors/app-error.js";
import { importMail } from "../../../use-cases/mail/import-mail.js";
import { runCommand } from "../run-command.js";

export function registerMailCommands(program: Command): void {
  program
    .command("import-mail")
    .description("log saved mail (.eml or mbox) as correspondence, matched to your contacts (R25)")
    .argument("<file>")
    .action(async (file: string, _opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        let content: Buffer;
        try {
          content = await readFile(file);
        } catch (cause) {
          throw new AppError(
            "INVALID_INPUT",
            `Cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? "error"}.`,
            { field: "file", accepted: "the path of a readable .eml or mbox file", cause },
          );
        }
        const result = await importMail(ctx, { content, fileName: file });
        print(result, (r) =>
          [
            `${r.messages} message(s) in ${file} (${r.format}): ${r.stored.length} logged, ${r.duplicates} already logged, ${r.unmatched.length} not matched${r.unreadable.length > 0 ? `, ${r.unreadable.length} unreadable and left out` : ""}.`,
            ...r.stored.map(
              (s) =>
                `  logged ${s.label} (${s.direction}) under ${s.interviewId}: ${s.subject ?? "(no subject)"}${s.beforeInterview ? " — dated before the interview, so kept on record but not counted as a reply (R16)" : ""}`,
            ),
            ...r.unreadable.map((u) => `  left out ${u.label} (line ${u.line}): ${u.reason}`),
            ...r.unmatched.map(
              (u) =>
                `  not stored ${u.label} from ${u.from}: ${u.subject ?? "(no subject)"} — ${u.reason}`,
            ),
          ].join("\n"),
        );
      });
    });
}
