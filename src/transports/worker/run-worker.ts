#!/usr/bin/env node
import { openStore } from "../../store/open-store.js";
import { startWorker } from "./start-worker.js";

// A stand-alone outbox worker: `node dist/src/transports/worker/run-worker.js`. On PostgreSQL
// (DATABASE_URL) start as many as you like; each message is still claimed by one at a time.
// Its settings come from the environment (see workerOptionsFromEnv).
const env = process.env;
const store = await openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.FOLLOWTHROUGH_DATA });
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());
process.stdout.write(`worker ${process.pid} started on ${store.location}\n`);
try {
  await startWorker({ store, signal: controller.signal, dataDir: env.FOLLOWTHROUGH_DATA });
} finally {
  await store.close();
}
