import type { Command } from "commander";
import type { NoteKind } from "../../../core/domain/types.js";
import { addNote } from "../../../use-cases/notes/add-note.js";
import { deleteNote } from "../../../use-cases/notes/delete-note.js";
import { editNote } from "../../../use-cases/notes/edit-note.js";
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
          print(added, (n) => `Added note ${n.id} to ${n.interviewId}: [${n.kind}] ${n.text}`);
        });
      },
    );

  note
    .command("edit")
    .description("correct a note: its words, kind or person (what is not given stays)")
    .argument("<id>", "the note (nt_…)")
    .option("--text <text>", "the note's new words")
    .option("--kind <kind>", "highlight, qualification, clarify, personal-interest or question")
    .option("--contact <id>", "the person it came from")
    .option("--no-contact", "the note came from no one person")
    .action(
      async (
        id: string,
        opts: { text?: string; kind?: string; contact?: string | false },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) => {
          const edited = await editNote(ctx, {
            id,
            ...(opts.text === undefined ? {} : { text: opts.text }),
            ...(opts.kind === undefined ? {} : { kind: opts.kind as NoteKind }),
            ...(opts.contact === undefined ? {} : { contactId: opts.contact || null }),
          });
          print(edited, (n) => `Note ${n.id} is now: [${n.kind}] ${n.text}`);
        });
      },
    );

  note
    .command("delete")
    .description("delete a note (followthrough trash restore ID brings it back)")
    .argument("<id>", "the note (nt_…)")
    .action(async (id: string, _opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const deleted = await deleteNote(ctx, id);
        print(deleted, (d) => `Deleted ${d.label}\n  undo: followthrough trash restore ${d.id}`);
      });
    });
}
