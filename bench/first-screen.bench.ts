import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import autocannon from "autocannon";
import { Hono } from "hono";
import { TODAY_PAGE_SIZE } from "../src/client/inlined-data.js";
import { LOCAL_ACCOUNT_ID, openStore, type Store } from "../src/store/open-store.js";
import { createApp } from "../src/transports/http/create-app.js";
import { startServer } from "../src/transports/http/serve.js";
import { importData } from "../src/use-cases/data/import-data.js";
import { type BenchResult, median } from "./bench-result.js";
import { newStoreVersion } from "./new-store-version.js";
import { generateDocument } from "./store.bench.js";

// Today's first screen with 50 interviews, as a browser gets it (issue 12): bytes as transferred
// (CDP encodedDataLength, headers included), the first follow-up in the page, and GET /api/agenda's
// requests/s beside a hello-world Hono server measured the same way in the same run.

const here = dirname(fileURLToPath(import.meta.url));
const WEB_ROOT = [join(here, "..", "web"), join(here, "..", "dist", "web")].find((d) =>
  existsSync(join(d, "index.html")),
);
const NOW = "2026-11-02T12:00:00.000Z";
const CHROMIUM = "/usr/bin/chromium";
const INTERVIEWS = 50;
const VISITS = 11;

export async function benchFirstScreen(): Promise<BenchResult[]> {
  if (!WEB_ROOT) throw new Error("dist/web is missing: run `npm run build` first.");
  const dir = mkdtempSync(join(tmpdir(), "followthrough-bench-first-"));
  const store = await openStore({ dataDir: dir });
  try {
    const ctx = { db: store.db, accountId: LOCAL_ACCOUNT_ID, now: () => NOW };
    await importData(ctx, JSON.stringify(generateDocument(INTERVIEWS)));
    const results = [...(await inProcess(store, ctx)), ...(await requestsPerSecond(store))];
    if (existsSync(CHROMIUM)) results.push(...(await inChromium(store)));
    else
      results.push({ name: "chromium", value: Number.NaN, unit: "-", note: `${CHROMIUM} missing` });
    return results;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** GET /api/agenda as Today asks for it, in process (no socket), and its size. */
async function inProcess(
  store: Store,
  ctx: { db: Store["db"]; accountId: string; now: () => string },
): Promise<BenchResult[]> {
  const app = createApp({ store, context: () => ctx });
  const path = `/api/agenda?limit=${TODAY_PAGE_SIZE}`;
  const times: number[] = [];
  let plain = 0;
  let brotli = 0;
  let rows = 0;
  let total = 0;
  const cpu: number[] = [];
  const afresh: number[] = [];
  const afreshCpu: number[] = [];
  for (let i = 0; i < 220; i++) {
    await newStoreVersion(store.db);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await (await app.request(path)).text();
    const c = process.cpuUsage(c0);
    if (i >= 20) {
      afresh.push(performance.now() - t0);
      afreshCpu.push((c.user + c.system) / 1000);
    }
  }
  for (let i = 0; i < 520; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const res = await app.request(path);
    const text = await res.text();
    const c = process.cpuUsage(c0);
    if (i >= 20) {
      times.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
    if (i === 0) {
      plain = Buffer.byteLength(text);
      const body = JSON.parse(text) as { counts: Record<string, number> } & Record<
        string,
        unknown[]
      >;
      rows = ["overdue", "dueToday", "upcoming"].reduce((n, g) => n + (body[g]?.length ?? 0), 0);
      total = Object.values(body.counts).reduce((n, c) => n + c, 0);
      const br = await app.request(path, { headers: { "accept-encoding": "br" } });
      brotli = (await br.arrayBuffer()).byteLength;
    }
  }
  return [
    {
      name: `GET /api/agenda p50 in process, ${INTERVIEWS} interviews`,
      value: round(median(times)),
      unit: "ms",
      note: `target < 2 ms; nothing written between requests (the agenda kept); ${rows} of ${total} rows (first page of each group), JSON included`,
    },
    {
      name: "GET /api/agenda CPU time p50 in process (the load of the machine left out)",
      value: round(median(cpu)),
      unit: "ms",
      note: "process.cpuUsage around the request: what the call costs when nothing else runs",
    },
    {
      name: "GET /api/agenda p50 in process after a write (the agenda read afresh)",
      value: round(median(afresh)),
      unit: "ms",
      note: `CPU ${round(median(afreshCpu))} ms; the rows above are the agenda kept at the same store version`,
    },
    {
      name: "GET /api/agenda body, first page",
      value: round(plain / 1024),
      unit: "KiB",
      note: `${round(brotli / 1024)} KiB brotli; ${round(plain / Math.max(rows, 1))} bytes a row`,
    },
  ];
}

/** autocannon, loopback, 2 connections, 5 s each: the agenda and a hello-world Hono server. */
async function requestsPerSecond(store: Store): Promise<BenchResult[]> {
  process.env.FOLLOWTHROUGH_NOW = NOW;
  const server = await startServer({ store, port: 0, webRoot: WEB_ROOT as string });
  const hello = new Hono();
  hello.get("/", (c) => c.json({ hello: "world" }));
  const helloServer = serve({ fetch: hello.fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise((resolve) => helloServer.once("listening", resolve));
  const helloPort = (helloServer.address() as AddressInfo).port;
  try {
    const run = async (url: string) =>
      (await autocannon({ url, connections: 2, duration: 5 })).requests.average;
    // A short warm-up of each, then the two measured one after the other.
    await autocannon({ url: `${server.url}api/agenda`, connections: 2, duration: 1 });
    const reference = await run(`http://127.0.0.1:${helloPort}/`);
    const agenda = await run(`${server.url}api/agenda?limit=${TODAY_PAGE_SIZE}`);
    return [
      {
        name: "reference: hello-world Hono, requests/s (autocannon, 2 connections)",
        value: Math.round(reference),
        unit: "req/s",
      },
      {
        name: `GET /api/agenda requests/s, ${INTERVIEWS} interviews`,
        value: Math.round(agenda),
        unit: "req/s",
        note: `${round((100 * agenda) / reference)} % of the hello-world server (target ≥ 30 %)`,
      },
    ];
  } finally {
    await new Promise((resolve) => helloServer.close(resolve));
    await server.close();
  }
}

/** Bytes and the first card, cold (a new browser profile) and warm (the same one, again). */
async function inChromium(store: Store): Promise<BenchResult[]> {
  process.env.FOLLOWTHROUGH_NOW = NOW;
  const server = await startServer({ store, port: 0, webRoot: WEB_ROOT as string });
  // Everything the server sends crosses this counter: what the page's CDP session cannot see, the
  // service worker's own requests, is counted too.
  const wire = await wireCounter(server.port);
  // The reference: the smallest page with one card, from a hello-world Hono server, visited the
  // same way by the same browser in the same run (what loopback and chromium cost by themselves).
  const plain = new Hono();
  plain.get("/", (c) =>
    c.html(
      '<!doctype html><html lang="en"><title>x</title><ul><li class="action">A card</li></ul>',
    ),
  );
  const plainServer = serve({ fetch: plain.fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise((resolve) => plainServer.once("listening", resolve));
  const plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const cold: Visit[] = [];
    const warm: Visit[] = [];
    const blockedCold: Visit[] = [];
    const blockedWarm: Visit[] = [];
    const plainCold: Visit[] = [];
    const plainWarm: Visit[] = [];
    // Alternating, so the load of the machine weighs on the app and the reference alike. The app
    // is visited with its service worker (as a phone does) and with it blocked (HTTP caching alone).
    for (let i = 0; i <= VISITS; i++) {
      for (const [url, c, w, workers] of [
        [wire.url, cold, warm, "allow"],
        [wire.url, blockedCold, blockedWarm, "block"],
        [plainUrl, plainCold, plainWarm, "block"],
      ] as const) {
        const context = await browser.newContext({
          viewport: { width: 375, height: 812 },
          serviceWorkers: workers,
        });
        try {
          const page = await context.newPage();
          wire.reset();
          const first = await visit(context, page, url);
          // The worker fetches its copy of every asset once installed (ready): part of a cold visit.
          if (workers === "allow" && url === wire.url)
            await page.evaluate("navigator.serviceWorker.ready.then(() => true)");
          first.wireBytes = wire.bytes();
          await page.goto("about:blank");
          wire.reset();
          const again = await visit(context, page, url);
          again.wireBytes = wire.bytes();
          // The first round warms the server and the browser's own start-up.
          if (i > 0) {
            c.push(first);
            w.push(again);
          }
        } finally {
          await context.close();
        }
      }
    }
    const kib = (n: number) => round(n / 1024);
    const mid = (visits: Visit[], f: (v: Visit) => number) => median(visits.map(f));
    return [
      {
        name: "cold visit: bytes transferred",
        value: kib(mid(cold, (v) => v.bytes)),
        unit: "KiB",
        note: `target ≤ 100 KB; JobSync 300+ KiB, before: 227 KiB of JS alone (issue 12)`,
      },
      {
        name: "cold visit: JavaScript transferred",
        value: kib(mid(cold, (v) => v.scriptBytes)),
        unit: "KiB",
        note: "target ≤ 60 KB; JobSync 300 KiB, before: 227 KiB",
      },
      {
        name: "cold visit: bytes the server sent, the service worker's copies of the assets included",
        value: kib(mid(cold, (v) => v.wireBytes ?? Number.NaN)),
        unit: "KiB",
        note: `counted on the socket; ${kib(mid(blockedCold, (v) => v.wireBytes ?? Number.NaN))} KiB with the service worker blocked`,
      },
      {
        name: "warm visit: bytes transferred, service worker on (as the page sees them)",
        value: kib(mid(warm, (v) => v.bytes)),
        unit: "KiB",
        note: `target ≤ 15 KB; ${kib(mid(warm, (v) => v.wireBytes ?? Number.NaN))} KiB sent by the server (the worker's request included); JobSync 44 KiB, before: 164 KiB`,
      },
      {
        name: "warm visit: bytes transferred, service worker blocked",
        value: kib(mid(blockedWarm, (v) => v.bytes)),
        unit: "KiB",
        note: `target ≤ 15 KB; ${kib(mid(blockedWarm, (v) => v.wireBytes ?? Number.NaN))} KiB sent by the server`,
      },
      {
        name: `cold visit: first follow-up in the page (median of ${VISITS})`,
        value: round(mid(cold, (v) => v.firstCardMs)),
        unit: "ms",
        note: `target ≤ 150 ms; reference ${round(mid(plainCold, (v) => v.firstCardMs))} ms; JobSync 466 ms, before: 613 ms; navigation start → first card`,
      },
      {
        name: `warm visit: first follow-up in the page (median of ${VISITS})`,
        value: round(mid(warm, (v) => v.firstCardMs)),
        unit: "ms",
        note: `target ≤ 100 ms; reference ${round(mid(plainWarm, (v) => v.firstCardMs))} ms; JobSync 446 ms, before: 567 ms`,
      },
      {
        name: `service worker blocked: first follow-up, cold / warm (median of ${VISITS})`,
        value: round(mid(blockedCold, (v) => v.firstCardMs)),
        unit: "ms",
        note: `warm ${round(mid(blockedWarm, (v) => v.firstCardMs))} ms`,
      },
      {
        name: `cold visit: Today usable, its first button enabled (median of ${VISITS})`,
        value: round(mid(cold, (v) => v.usableMs)),
        unit: "ms",
        note: "the app's script run and the cards taken over",
      },
      {
        name: `reference: a one-card static page, cold / warm (median of ${VISITS})`,
        value: round(mid(plainCold, (v) => v.firstCardMs)),
        unit: "ms",
        note: `warm ${round(mid(plainWarm, (v) => v.firstCardMs))} ms; a hello-world Hono server, same browser, alternating visits`,
      },
    ];
  } finally {
    await browser.close();
    await wire.close();
    await server.close();
    await new Promise((resolve) => plainServer.close(resolve));
  }
}

export interface Visit {
  bytes: number;
  scriptBytes: number;
  firstCardMs: number;
  /** When a card's button was first enabled (the app running); NaN on a page without one. */
  usableMs: number;
  /** What the server sent during the visit, counted on the socket (first-screen bench only). */
  wireBytes?: number;
}

/** A loopback relay in front of `port` that counts the bytes sent back to the browser. */
async function wireCounter(port: number) {
  let sent = 0;
  let from = "";
  let to = "";
  const sockets = new Set<import("node:net").Socket>();
  const relay = createServer((client) => {
    const upstream = connect(port, "127.0.0.1");
    sockets.add(client).add(upstream);
    upstream.on("data", (chunk: Buffer) => {
      sent += chunk.length;
    });
    // The local server answers only for its own Host (DNS rebinding): the relay's is renamed.
    client.on("data", (chunk: Buffer) => {
      upstream.write(
        chunk.includes(from)
          ? Buffer.from(chunk.toString("latin1").replaceAll(from, to), "latin1")
          : chunk,
      );
    });
    client.on("end", () => upstream.end());
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  from = `Host: 127.0.0.1:${(relay.address() as AddressInfo).port}\r\n`;
  to = `Host: 127.0.0.1:${port}\r\n`;
  return {
    url: `http://127.0.0.1:${(relay.address() as AddressInfo).port}/`,
    bytes: () => sent,
    reset: () => {
      sent = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        relay.close(() => resolve());
      }),
  };
}

/** One visit of Today: what crossed the wire (headers and bodies) and when the first card came. */
export async function visit(context: BrowserContext, page: Page, url: string): Promise<Visit> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const types = new Map<string, string>();
  let bytes = 0;
  let scriptBytes = 0;
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    bytes += e.encodedDataLength;
    if (types.get(e.requestId) === "Script") scriptBytes += e.encodedDataLength;
  });
  // The moment the first card is in the document, on the page's own clock (from navigation).
  // The server's cards come with disabled buttons; the app's, enabled.
  await page.addInitScript(`
    new MutationObserver((_, observer) => {
      if (!window.__firstCard && document.querySelector("li.action")) window.__firstCard = performance.now();
      if (document.querySelector("li.action button:not([disabled])")) {
        window.__usable = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  `);
  await page.goto(url, { waitUntil: "networkidle" });
  await page.locator("li.action").first().waitFor();
  const firstCardMs = (await page.evaluate("window.__firstCard")) as number;
  const usableMs = (await page.evaluate("window.__usable ?? NaN")) as number;
  await cdp.detach();
  return { bytes, scriptBytes, firstCardMs, usableMs };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
