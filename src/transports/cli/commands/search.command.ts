import type { Command } from "commander";
import type { SearchRow } from "../../../store/repositories/search.repository.js";
import { search } from "../../../use-cases/search/search.js";
import { runCommand } from "../run-command.js";

export function registerSearchCommand(program: Command): void {
  program
    .command("search")
    .description(
      'find what you wrote (notes, call and decision notes, logged mail) by its words: "a phrase", or, -exclude (R25)',
    )
    .argument("<text...>")
    .option("--limit <n>", "at most this many hits", "20")
    // `-word` leaves a word out: commander would take it for an option. Known options (--limit,
    // --json) are still read wherever they stand; what is left, in order, is the search text.
    .allowUnknownOption()
    .action(async (args: string[], opts: { limit: string }, command: Command) => {
      const words = args.filter((w) => w !== "--");
      // A mistyped --option is refused rather than searched for.
      const stray = words.find((w) => w.startsWith("--"));
      if (stray)
        command.error(`error: unknown option '${stray}' (to leave a word out: -word)`, {
          code: "commander.unknownOption",
          exitCode: 2,
        });
      await runCommand(command, async ({ ctx, print }) => {
        const result = await search(ctx, { text: words.join(" "), limit: opts.limit });
        print(result, (r) =>
          r.hits.length === 0 ? "No match." : r.hits.map(describeHit).join("\n"),
        );
      });
    });
}

/** "2026-11-16  call — Omar Reyes, Globex  (event ev_…, application ap_…)" and the snippet. */
function describeHit(h: SearchRow): string {
  const whose = [h.person, h.company].filter(Boolean).join(", ");
  const ids = [`${h.kind} ${h.id}`, h.applicationId ? `application ${h.applicationId}` : null]
    .filter(Boolean)
    .join(", ");
  return `${h.occurredAt.slice(0, 10)}  ${h.title}${whose ? ` — ${whose}` : ""}  (${ids})\n    ${h.snippet.replace(/\s+/g, " ")}`;
}
