import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { LOCAL_ACCOUNT_ID, openStore } from "../src/store/open-store.js";
import { createApp } from "../src/transports/http/create-app.js";
import { startServer } from "../src/transports/http/serve.js";
import { importData } from "../src/use-cases/data/import-data.js";
import { type BenchResult, median, percentile } from "./bench-result.js";
import { generateDocument } from "./store.bench.js";

// dist/bench/web.bench.js → dist/web; run from the sources (vitest) → ../dist/web.
const here = dirname(fileURLToPath(import.meta.url));
const WEB_ROOT = [join(here, "..", "web"), join(here, "..", "dist", "web")].find((d) =>
  existsSync(join(d, "index.html")),
);
const NOW = "2026-11-02T12:00:00.000Z";
const CHROMIUM = "/usr/bin/chromium";

/**
 * The web app's budget with 1,000 interviews: the Today API in process, and in chromium the time
 * until Today is usable and the JavaScript a first visit transfers (CDP encodedDataLength: bytes
 * on the wire, compressed as the server sent them, headers included; issue 12).
 */
export async function benchWeb(): Promise<BenchResult[]> {
  if (!WEB_ROOT) throw new Error("dist/web is missing: run `npm run build` first.");
  const results: BenchResult[] = [];

  const dir = mkdtempSync(join(tmpdir(), "followthrough-bench-web-"));
  const store = await openStore({ dataDir: dir });
  try {
    const ctx = { db: store.db, accountId: LOCAL_ACCOUNT_ID, now: () => NOW };
    await importData(ctx, JSON.stringify(generateDocument(1000)));
    const app = createApp({ store, context: () => ctx });
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 320; i++) {
      const t0 = performance.now();
      const res = await app.request("/api/agenda");
      const body = (await res.json()) as {
        overdue: unknown[];
        dueToday: unknown[];
        upcoming: unknown[];
      };
      if (i >= 20) times.push(performance.now() - t0);
      rows = body.overdue.length + body.dueToday.length + body.upcoming.length;
    }
    results.push(
      {
        name: "GET /api/agenda p50, 1,000 interviews",
        value: round(median(times)),
        unit: "ms",
        note: `target < 5 ms; ${rows} rows, in-process, JSON included`,
      },
      {
        name: "GET /api/agenda p95, 1,000 interviews",
        value: round(percentile(times, 95)),
        unit: "ms",
      },
    );
    results.push(...(await timeToInteractive(store, ctx.now)));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

async function timeToInteractive(
  store: Parameters<typeof startServer>[0]["store"],
  _now: () => string,
): Promise<BenchResult[]> {
  if (!existsSync(CHROMIUM))
    return [
      {
        name: "Today interactive in headless chromium",
        value: Number.NaN,
        unit: "ms",
        note: `skipped: ${CHROMIUM} missing`,
      },
    ];
  process.env.FOLLOWTHROUGH_NOW = NOW;
  const server = await startServer({ store, port: 0, webRoot: WEB_ROOT as string });
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
    const times: number[] = [];
    const scripts: number[] = [];
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      const types = new Map<string, string>();
      let scriptBytes = 0;
      cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
      cdp.on("Network.loadingFinished", (e) => {
        if (types.get(e.requestId) === "Script") scriptBytes += e.encodedDataLength;
      });
      const t0 = performance.now();
      await page.goto(server.url, { waitUntil: "commit" });
      // Interactive: the app runs and a card's first button is enabled (the cards the server
      // draws into the first HTML have theirs disabled until then).
      await page.locator("li.action button:not([disabled])").first().waitFor({ state: "visible" });
      if (i > 0) times.push(performance.now() - t0);
      await page.waitForLoadState("networkidle");
      if (i > 0) scripts.push(scriptBytes);
      await context.close();
    }
    return [
      {
        name: "JS for a first visit of Today, as transferred (CDP encodedDataLength)",
        value: round(median(scripts) / 1024),
        unit: "KiB",
        note: "target ≤ 60 KB (issue 12); median of 6 cold visits, headers included",
      },
      {
        name: "Today interactive in headless chromium (cold context, 375 px)",
        value: round(median(times)),
        unit: "ms",
        note: "median of 6; navigation start → first action button enabled, 1,000 interviews",
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
