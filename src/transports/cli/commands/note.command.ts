import type { Command } from "commander";
import { addNote } from "../../../use-cases/notes/add-note.js";
import { runCommand } from "../run-command.js";

export function registerNoteCommands(program: Command): void {
  const note = program.command("note").description("what was said, per person (R2)");
  note
    .command("add")
    .description("add a note to an interview")
    .argument("<text...>")
    .requiredOption("--interview <id>")
    .requiredOption(
      "--kind <kind>",
      "highlight, qualification, clarify, personal-interest or question",
    )
    .option("--contact <id>", "the person it came from")
    .action(
      async (
        words: string[],
        opts: { interview: string; kind: string; contact?: string },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) => {
          const added = await addNote(ctx, {
            interviewId: opts.interview,
            contactId: opts.contact,
            kind: opts.kind as "highlight",
            text: words.join(" "),
          });
          print(added, (n) => `${n.id}  [${n.kind}] ${n.text}`);
        });
      },
    );
}
