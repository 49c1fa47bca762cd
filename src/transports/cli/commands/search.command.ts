import type { Command } from "commander";
import { search } from "../../../use-cases/search/search.js";
import { runCommand } from "../run-command.js";

export function registerSearchCommand(program: Command): void {
  program
    .command("search")
    .description('find notes and correspondence by their words: "a phrase", or, -exclude (R25)')
    .argument("<text...>")
    .option("--limit <n>", "at most this many hits", "20")
    .action(async (words: string[], opts: { limit: string }, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const result = await search(ctx, { text: words.join(" "), limit: opts.limit });
        print(result, (r) =>
          r.hits.length === 0
            ? "No match."
            : r.hits
                .map(
                  (h) =>
                    `${h.occurredAt.slice(0, 10)}  ${h.kind} ${h.id}${h.interviewId ? ` (${h.interviewId})` : ""}  ${h.title}\n    ${h.snippet.replace(/\s+/g, " ")}`,
                )
                .join("\n"),
        );
      });
    });
}
