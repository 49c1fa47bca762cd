import type { Command } from "commander";
import { parseSecretKey } from "../../../delivery/smtp/load-secret-key.js";
import { invalidInput } from "../../../errors/app-error.js";
import { defaultDataDir, openStore } from "../../../store/open-store.js";
import { hostedKeyNeed } from "../../http/server-mode.js";
import { jobQueueFromEnv } from "../../worker/job-queue/job-queue-from-env.js";
import { startWorker } from "../../worker/start-worker.js";
import type { GlobalOptions } from "../run-command.js";

export function registerWorkerCommand(program: Command): void {
  program
    .command("worker")
    .description(
      "send queued mail and run the scheduled work without serving pages (Ctrl-C stops it); on PostgreSQL run as many as you like",
    )
    .option(
      "--hosted",
      "hosted mode (or FOLLOWTHROUGH_MODE=hosted): the digests, mailboxes and company watch of every account run as jobs on PostgreSQL, each once however many workers run; needs DATABASE_URL and FOLLOWTHROUGH_SECRET_KEY",
    )
    .option("--jobs <n>", "hosted jobs at once in this process (default 2)")
    .action(async (opts: { hosted?: boolean; jobs?: string }, command: Command) => {
      const env = process.env;
      const hosted =
        opts.hosted === true || env.FOLLOWTHROUGH_MODE?.trim().toLowerCase() === "hosted";
      const jobQueue = hosted ? jobQueueFromEnv(env, opts.jobs) : undefined;
      // Every worker must open the passwords the web processes sealed: no key file of its own.
      const key = parseSecretKey(env.FOLLOWTHROUGH_SECRET_KEY?.trim() ?? "");
      if (hosted && key === null)
        throw invalidInput(
          "FOLLOWTHROUGH_SECRET_KEY",
          `The hosted worker cannot start yet. Set FOLLOWTHROUGH_SECRET_KEY to ${hostedKeyNeed(Boolean(env.FOLLOWTHROUGH_SECRET_KEY?.trim()))}.`,
          "the same base64 key (32 bytes) as the web processes",
        );
      const { dataDir } = command.optsWithGlobals<GlobalOptions>();
      const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir });
      const controller = new AbortController();
      for (const signal of ["SIGINT", "SIGTERM"] as const)
        process.once(signal, () => controller.abort());
      process.stdout.write(
        `worker ${process.pid} started on ${store.location}${jobQueue ? ` (hosted: scheduled work on the job queue, ${jobQueue.concurrency} at once)` : ""}\n`,
      );
      try {
        await startWorker({
          store,
          signal: controller.signal,
          dataDir: dataDir ?? defaultDataDir(),
          ...(hosted && key ? { key } : {}),
          ...(jobQueue ? { jobQueue } : {}),
        });
      } finally {
        await store.close();
      }
    });
}
