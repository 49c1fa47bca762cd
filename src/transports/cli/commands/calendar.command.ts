import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { AppError } from "../../../errors/app-error.js";
import { exportCalendar } from "../../../use-cases/calendar/export-calendar.js";
import { rotateCalendarFeed } from "../../../use-cases/calendar/rotate-calendar-feed.js";
import {
  type CalendarFeed,
  showCalendarFeed,
} from "../../../use-cases/calendar/show-calendar-feed.js";
import { runCommand } from "../run-command.js";

export function registerCalendarCommands(program: Command): void {
  const calendar = program
    .command("calendar")
    .description("interviews and follow-ups as a calendar, one reminder per person (R24)");

  calendar
    .command("export")
    .description("write the calendar (.ics); a re-export updates events instead of adding them")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (opts: { output?: string }, command: Command) => {
      await runCommand(command, async ({ ctx, json, print }) => {
        const result = await exportCalendar(ctx);
        if (!opts.output) {
          if (json) print(result, () => "");
          else process.stdout.write(result.text);
          return;
        }
        try {
          await writeFile(opts.output, result.text, "utf8");
        } catch (cause) {
          throw new AppError("INVALID_INPUT", `Cannot write ${opts.output}.`, {
            field: "output",
            accepted: "a path in a writable folder",
            cause,
          });
        }
        print(
          {
            file: opts.output,
            interviews: result.interviews,
            actions: result.actions,
            cancelled: result.cancelled,
          },
          (r) =>
            `Wrote ${r.file}: ${r.interviews} interview(s), ${r.actions} follow-up(s)${r.cancelled > 0 ? `, ${r.cancelled} skipped or cancelled one(s) marked cancelled so a calendar that imported them drops them` : ""}.`,
        );
      });
    });

  calendar
    .command("feed")
    .description("the address of the subscribable feed (served by `followthrough serve`)")
    .action(async (_opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        print(await showCalendarFeed(ctx), describeFeed);
      });
    });

  calendar
    .command("rotate")
    .description("give the feed a new secret address; the old one stops working")
    .action(async (_opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        print(await rotateCalendarFeed(ctx), (f) => `New feed address. ${describeFeed(f)}`);
      });
    });
}

function describeFeed(feed: CalendarFeed): string {
  return `Subscribe to http://<server>${feed.path}\n(keep it private: the address is the only key)`;
}
