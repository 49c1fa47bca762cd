#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { AppError } from "../../errors/app-error.js";
import { exitCodeFor } from "../../errors/error-mapping.js";
import { isRetryableStoreError, storeBusy } from "../../store/store-busy.js";
import { commandGroupsFor } from "./command-groups.js";

/** The program with the commands these arguments need (all of them for help). */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
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
  for (const register of await commandGroupsFor(argv)) register(program);
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
    await (await buildProgram(argv)).parseAsync(argv, { from: "user" });
    // A command may end with a non-zero code of its own (check: 1 when an error was found).
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (thrown) {
    const error = isRetryableStoreError(thrown) ? storeBusy(thrown) : thrown;
    if (error instanceof CommanderError) {
      // Help and version "errors" are successes; any other commander error is bad input.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof AppError) {
      const field = error.field ? flagOf(error.field, argv) : undefined;
      if (json)
        process.stderr.write(
          `${JSON.stringify({ error: { ...error.toJSON(), ...(field ? { field } : {}) } })}\n`,
        );
      else
        process.stderr.write(
          error.problems && error.problems.length > 1
            ? error.problems.every((p) => p.field.startsWith("card "))
              ? // A vCard file's entries, by card and line rather than by flag.
                `error: ${error.message.split("\n")[0]}\n${error.problems
                  .map((p) => `  ${p.label}: ${p.message}`)
                  .join("\n")}${error.accepted ? `\n  accepted: ${error.accepted}` : ""}\n`
              : `error: ${error.problems.length} things to fix:\n${error.problems
                  .map(
                    (p) =>
                      `  --${flagOf(p.field, argv)}: ${p.message}${p.accepted ? ` (accepted: ${p.accepted})` : ""}`,
                  )
                  .join("\n")}\n`
            : `error: ${error.message}${field ? `\n  field: ${field}` : ""}${error.accepted ? `\n  accepted: ${error.accepted}` : ""}\n`,
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

/**
 * Fields are named as the user typed them: the use cases name their input's fields (followUpOn,
 * interviewId), the CLI names flags (--follow-up-on, --interview).
 */
function flagOf(field: string, argv: readonly string[]): string {
  const head = field.split(".")[0] as string;
  const alias: Record<string, string> = {
    interviewId: "interview",
    contactId: "contact",
    contactIds: "contact",
    linkedinUrl: "linkedin",
    postalAddress: "address",
    preferredChannel: "prefers",
    sendCard: "card",
    nextAt: "at",
    nextTimeZone: "tz",
    nextTimeline: "timeline",
    timeZone: argv.includes("--tz") ? "tz" : "timezone",
  };
  const flag = alias[head] ?? head.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return field === head ? flag : `${flag}${field.slice(head.length)}`;
}

// Run as the program itself, however it was reached: `npm link`, `npx`, node_modules/.bin and any
// other symlink name this file by another path, so real paths are compared, not names.
const isEntry = isSameFile(process.argv[1], fileURLToPath(import.meta.url));
if (isEntry) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

function isSameFile(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
