import type { Command } from "commander";
import type { WatchSource } from "../../../core/watch/watch-records.js";
import { fetchPolicyFromEnv } from "../../../delivery/web/fetch-policy.js";
import { addWatchSource } from "../../../use-cases/watch/add-watch-source.js";
import { dismissWatchItem } from "../../../use-cases/watch/dismiss-watch-item.js";
import { getCompanyWatch } from "../../../use-cases/watch/get-company-watch.js";
import type { PollOutcome } from "../../../use-cases/watch/poll-watch-source.js";
import { pollWatchSource } from "../../../use-cases/watch/poll-watch-source.js";
import { removeWatchSource } from "../../../use-cases/watch/remove-watch-source.js";
import { runCommand } from "../run-command.js";

const describeSource = (s: WatchSource): string =>
  `${s.id}  ${s.inputUrl}  ${s.status}${s.statusReason ? `: ${s.statusReason}` : ""}`;
const describePoll = (o: PollOutcome): string =>
  o.source.status === "ok"
    ? `${describeSource(o.source)}\n  ${o.found === 0 && o.added === 0 ? "unchanged since the last read" : `${o.found} found, ${o.added} new`}`
    : describeSource(o.source);

/** `watch add|list|check|remove|dismiss`: the company watch (R20). */
export function registerWatchCommands(program: Command): void {
  const watch = program
    .command("watch")
    .description("watch a company's careers board and news feeds while its process is open (R20)");
  watch
    .command("add")
    .description(
      "watch a careers page (Greenhouse, Lever, Ashby, Workable, SmartRecruiters, Recruitee) or a news feed; read once now",
    )
    .requiredOption("--company <company>", "its id (co_…) or name")
    .argument("<url>", "the careers page or feed address")
    .action(async (url: string, opts: { company: string }, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        print(
          await addWatchSource(
            ctx,
            { company: opts.company, url },
            fetchPolicyFromEnv(process.env),
          ),
          describePoll,
        );
      });
    });
  watch
    .command("list")
    .description(
      "a company's watched sources with their status, its open positions and latest news",
    )
    .requiredOption("--company <company>", "its id (co_…) or name")
    .action(async (opts: { company: string }, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        print(await getCompanyWatch(ctx, { company: opts.company }), (w) =>
          [
            w.summary ?? `${w.companyName}: no new positions on record since the interview.`,
            ...(w.sources.length === 0
              ? ["No source watched: watch add --company … <url>."]
              : w.sources.map(describeSource)),
            ...w.postings.map(
              (p) =>
                `${p.id}  ${p.isNew ? "new  " : ""}${p.roleWords.length > 0 ? "matches your role  " : ""}${p.title}${p.location ? ` (${p.location})` : ""}${p.url ? `  ${p.url}` : ""}`,
            ),
            ...w.news.map((n) => `${n.id}  news  ${n.title}${n.url ? `  ${n.url}` : ""}`),
          ].join("\n"),
        );
      });
    });
  watch
    .command("check")
    .description("read a watched source now (a paused one too)")
    .argument("<source>", "the source (ws_…)")
    .action(async (sourceId: string, _opts: object, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        print(
          await pollWatchSource(ctx, { sourceId }, fetchPolicyFromEnv(process.env)),
          describePoll,
        );
      });
    });
  watch
    .command("remove")
    .description("stop watching a source; what it found goes with it")
    .argument("<source>", "the source (ws_…)")
    .action(async (sourceId: string, _opts: object, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        print(
          await removeWatchSource(ctx, { sourceId }),
          (r) => `No longer watching ${r.removed}.`,
        );
      });
    });
  watch
    .command("dismiss")
    .description("dismiss a posting or news item; it stays dismissed on later reads")
    .argument("<item>", "the posting or news item (wi_…)")
    .option("--undo", "bring it back")
    .action(async (itemId: string, opts: { undo?: boolean }, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        print(await dismissWatchItem(ctx, { itemId, dismissed: opts.undo !== true }), (i) =>
          i.dismissedAt === null ? `Back: ${i.title}.` : `Dismissed: ${i.title}.`,
        );
      });
    });
}
