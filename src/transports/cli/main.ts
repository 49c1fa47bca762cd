#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { AppError } from "../../errors/app-error.js";
import { exitCodeFor } from "../../errors/error-mapping.js";
import { registerServeCommand } from "../http/serve.js";
import { registerCalendarCommands } from "./commands/calendar.command.js";
import { registerCompanyCommands } from "./commands/company.command.js";
import { registerContactCommands } from "./commands/contact.command.js";
import { registerDataCommands } from "./commands/data.command.js";
import { registerDraftCommands } from "./commands/draft.command.js";
import { registerEventCommands } from "./commands/event.command.js";
import { registerImapCommands } from "./commands/imap.command.js";
import { registerInterviewCommands } from "./commands/interview.command.js";
import { registerLogCommand } from "./commands/log.command.js";
import { registerMailCommands } from "./commands/mail.command.js";
import { registerNoteCommands } from "./commands/note.command.js";
import { registerPlanCommands } from "./commands/plan.command.js";
import { registerProfileCommands } from "./commands/profile.command.js";
import { registerSearchCommand } from "./commands/search.command.js";
import { registerSendCommands } from "./commands/send.command.js";
import { registerSmtpCommands } from "./commands/smtp.command.js";

export function buildProgram(): Command {
  const program = new Command("followthrough")
    .description(
      "Follow up after every interview: the right message, to the right person, on the right day.",
    )
    .option("--json", "print machine-readable JSON only")
    .option(
      "--data-dir <dir>",
      "where the SQLite store lives (default: $FOLLOWTHROUGH_DATA or the XDG data directory)",
    )
    .showHelpAfterError()
    .exitOverride();
  registerProfileCommands(program);
  registerInterviewCommands(program);
  registerContactCommands(program);
  registerCompanyCommands(program);
  registerNoteCommands(program);
  registerLogCommand(program);
  registerPlanCommands(program);
  registerEventCommands(program);
  registerDataCommands(program);
  registerCalendarCommands(program);
  registerImapCommands(program);
  registerMailCommands(program);
  registerSearchCommand(program);
  registerServeCommand(program);
  registerDraftCommands(program);
  registerSmtpCommands(program);
  registerSendCommands(program);
  for (const command of allCommands(program)) command.exitOverride();
  return program;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/** The one place a failure becomes words and an exit code. */
export async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    // A command may end with a non-zero code of its own (check: 1 when an error was found).
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successes; any other commander error is bad input.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof AppError) {
      const field = error.field ? kebab(error.field) : undefined;
      if (json)
        process.stderr.write(
          `${JSON.stringify({ error: { ...error.toJSON(), ...(field ? { field } : {}) } })}\n`,
        );
      else
        process.stderr.write(
          `error: ${error.message}${field ? `\n  field: ${field}` : ""}${error.accepted ? `\n  accepted: ${error.accepted}` : ""}\n`,
        );
      return exitCodeFor(error.code);
    }
    const message = error instanceof Error ? error.message : String(error);
    if (json)
      process.stderr.write(`${JSON.stringify({ error: { code: "UNEXPECTED", message } })}\n`);
    else process.stderr.write(`unexpected error: ${message}\n`);
    return 1;
  }
}

/** Fields are named as the user typed them: --follow-up-on, not followUpOn. */
function kebab(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

const isEntry =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "");
if (isEntry) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
