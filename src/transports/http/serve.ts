import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve as serveNode } from "@hono/node-server";
import type { Command } from "commander";
import { AppError, invalidInput } from "../../errors/app-error.js";
import { clockFromEnv } from "../../shared/clock.js";
import { defaultDataDir, openStore, type Store } from "../../store/open-store.js";
import { roleBypassingRowSecurity } from "../../store/row-security.js";
import { checkOffThread } from "../../use-cases/drafts/run-check-draft.js";
import type { GlobalOptions } from "../cli/run-command.js";
import { jobQueueFromEnv } from "../worker/job-queue/job-queue-from-env.js";
import { startWorker } from "../worker/start-worker.js";
import { createApp, type HostedOptions } from "./create-app.js";
import { LOOPBACK_HOSTS, resolveServerMode, type ServerMode } from "./server-mode.js";

export const DEFAULT_PORT = 4319;

/** dist/web, beside the compiled server (dist/src/transports/http/serve.js). */
export const WEB_ROOT = fileURLToPath(new URL("../../../web", import.meta.url));

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description(
      "serve the web app and the HTTP API: on this computer, or with --hosted for many accounts (Ctrl-C stops it)",
    )
    .option(
      "--port <n>",
      `port to listen on (default: $PORT or ${DEFAULT_PORT}; 0 picks a free one)`,
    )
    .option(
      "--host <address>",
      "address to listen on (default 127.0.0.1); another one only with --hosted, as local mode has no sign-in",
    )
    .option(
      "--hosted",
      "hosted mode (or FOLLOWTHROUGH_MODE=hosted): accounts with sign-in on PostgreSQL; needs DATABASE_URL, FOLLOWTHROUGH_SESSION_SECRET and FOLLOWTHROUGH_PUBLIC_ORIGIN",
    )
    .option(
      "--no-worker",
      "serve only: leave queued mail and the scheduled work to `followthrough worker` processes",
    )
    .action(
      async (
        opts: { port?: string; host?: string; hosted?: boolean; worker: boolean },
        command: Command,
      ) => {
        const port = parsePort(opts.port ?? process.env.PORT);
        const mode = resolveServerMode(opts, process.env);
        // Hosted: the scheduled work is on the job queue, whichever processes run it.
        const jobQueue = mode.kind === "hosted" ? jobQueueFromEnv(process.env) : undefined;
        const global = command.optsWithGlobals<GlobalOptions>();
        const store = await openStore({ databaseUrl: mode.databaseUrl, dataDir: global.dataDir });
        const hosted = mode.kind === "hosted" ? await hostedOptions(mode, store) : null;
        const bypassing = hosted ? await roleBypassingRowSecurity(store.db) : null;
        if (bypassing)
          process.stderr.write(
            `warning: PostgreSQL role "${bypassing}" is a superuser or has BYPASSRLS, so row-level security does not apply and only the repositories keep accounts apart. Connect as a role without either (it may own the tables).\n`,
          );
        const running = await startServer({ store, host: mode.host, port, hosted });
        // The outbox worker runs beside the server on the same store (queued emails go out).
        const stopWorker = new AbortController();
        const worker = opts.worker
          ? startWorker({
              store,
              signal: stopWorker.signal,
              dataDir: global.dataDir ?? defaultDataDir(),
              // Hosted: the server key from the environment, never a key file made here.
              ...(mode.kind === "hosted" ? { key: mode.secretKey } : {}),
              ...(jobQueue ? { jobQueue } : {}),
            }).catch((error: unknown) => {
              process.stderr.write(
                `worker stopped: ${(error as Error)?.message ?? String(error)}\n`,
              );
            })
          : Promise.resolve();
        const where = hosted
          ? `followthrough (hosted, for ${hosted.publicOrigin}/) is running at ${running.url}`
          : `followthrough is running at ${running.url}`;
        process.stdout.write(
          `${where}\n  data: ${store.location}\n  API reference: ${running.url}api/docs\nPress Ctrl-C to stop.\n`,
        );
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        stopWorker.abort();
        await running.close();
        await worker;
        await store.close();
      },
    );
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port with the API and, when built, the web app; resolves once listening. */
export async function startServer(options: {
  store: Parameters<typeof createApp>[0]["store"];
  host?: string;
  port?: number;
  webRoot?: string;
  hosted?: HostedOptions | null;
}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const webRoot = options.webRoot ?? WEB_ROOT;
  let port = options.port ?? DEFAULT_PORT;
  // The Host check needs the port, which is only known once listening when 0 was asked for.
  const hosts: string[] = [];
  const app = createApp({
    store: options.store,
    webRoot: existsSync(webRoot) ? webRoot : null,
    // A local server answers only for its loopback names (DNS rebinding); a hosted one sits
    // behind a proxy whose Host it cannot know, and its data needs a session anyway.
    allowedHosts: !options.hosted && LOOPBACK_HOSTS.has(host) ? hosts : null,
    hosted: options.hosted ?? null,
  });
  const server = await new Promise<ReturnType<typeof serveNode>>((resolve, reject) => {
    const s = serveNode({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
    s.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE" || error.code === "EACCES"
          ? invalidInput(
              "port",
              `Cannot listen on ${host}:${port} (${error.code}).`,
              "a free port, e.g. --port 0 for any",
            )
          : new AppError("EXTERNAL_FAILURE", `Cannot listen on ${host}:${port}: ${error.message}`, {
              field: "host",
              cause: error,
            }),
      ),
    );
  });
  port = (server.address() as AddressInfo).port;
  // Idle connections stay open longer than clients keep them (browsers, undici: seconds), so a
  // client never sends a request on a connection the server is closing at that moment (a reset,
  // seen when the machine is so busy that the two clocks drift apart).
  if ("keepAliveTimeout" in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  hosts.push(`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`);
  // Drafts are checked on a worker thread, so a long check never holds up other requests.
  const stopChecks = checkOffThread();
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => resolve());
      }).then(stopChecks),
  };
}

/** Accounts and sessions (better-auth), loaded only in hosted mode. */
async function hostedOptions(
  mode: Extract<ServerMode, { kind: "hosted" }>,
  store: Store,
): Promise<HostedOptions> {
  const { createHostedAuth } = await import("./auth/create-hosted-auth.js");
  const { createAuthMailer } = await import("../../delivery/smtp/auth-mailer.js");
  const auth = createHostedAuth({
    db: store.db,
    forAccount: store.forAccount,
    secret: mode.sessionSecret,
    publicOrigin: mode.publicOrigin,
    mail: createAuthMailer(mode.smtpUrl, mode.mailFrom),
    now: clockFromEnv(),
  });
  return { publicOrigin: mode.publicOrigin, accountOf: auth.accountOf, authRoutes: auth.handle };
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw invalidInput("port", `"${raw}" is not a port number.`, "a whole number from 0 to 65535");
  return port;
}
