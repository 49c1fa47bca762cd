#!/usr/bin/env node
import { parseSecretKey } from "../../delivery/smtp/load-secret-key.js";
import { openStore } from "../../store/open-store.js";
import { hostedKeyNeed } from "../http/server-mode.js";
import { startWorker } from "./start-worker.js";

// A stand-alone outbox worker: `node dist/src/transports/worker/run-worker.js`. On PostgreSQL
// (DATABASE_URL) start as many as you like; each message is still claimed by one at a time.
// Its settings come from the environment (see workerOptionsFromEnv).
const env = process.env;
// Hosted (FOLLOWTHROUGH_MODE=hosted): the same server key as the web processes, from the
// environment, or no start at all (a key file made here would not open their ciphertext).
const hosted = env.FOLLOWTHROUGH_MODE?.trim().toLowerCase() === "hosted";
const key = parseSecretKey(env.FOLLOWTHROUGH_SECRET_KEY?.trim() ?? "");
if (hosted && key === null) {
  process.stderr.write(
    `The hosted worker cannot start yet. Set FOLLOWTHROUGH_SECRET_KEY to ${hostedKeyNeed(Boolean(env.FOLLOWTHROUGH_SECRET_KEY?.trim()))}.\n`,
  );
  process.exit(2);
}
const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.FOLLOWTHROUGH_DATA });
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());
process.stdout.write(`worker ${process.pid} started on ${store.location}\n`);
try {
  await startWorker({
    store,
    signal: controller.signal,
    dataDir: env.FOLLOWTHROUGH_DATA,
    ...(hosted && key ? { key } : {}),
  });
} finally {
  await store.close();
}
