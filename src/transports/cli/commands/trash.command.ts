import type { Command } from "commander";
import { listDeleted, restoreDeleted } from "../../../use-cases/trash/restore-deleted.js";
import { runCommand } from "../run-command.js";

export function registerTrashCommands(program: Command): void {
  const trash = program.command("trash").description("recently deleted records, to restore");
  trash
    .command("list")
    .description("what was deleted, newest first")
    .action(async (_opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const entries = await listDeleted(ctx);
        print(entries, (list) =>
          list.length === 0
            ? "Nothing was deleted."
            : list.map((e) => `${e.id}  ${e.deletedAt.slice(0, 16)}  ${e.label}`).join("\n"),
        );
      });
    });
  trash
    .command("restore")
    .description("undo a delete: the record comes back as it was")
    .argument("<id>")
    .action(async (id: string, _opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const restored = await restoreDeleted(ctx, id);
        print(restored, (e) => `Restored ${e.label}`);
      });
    });
}
