import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, launchChromium, newPhonePage, screenshot } from "./browser.js";
import { type RunningApp, startBuiltServer } from "./start-server.js";

// Today from the first page alone (R26): the agenda comes inside the HTML, so the first card is
// drawn without a request to /api/agenda, under the app's own CSP (a JSON data script is never
// run, so it needs no nonce), with a hostile company name shown as text; a later visit of Today
// fetches the agenda afresh.

const WEB_INDEX = fileURLToPath(new URL("../../dist/web/index.html", import.meta.url));
const run = chromiumAvailable() ? describe : describe.skip;
const HOSTILE = "</script><img src=x onerror=alert(1)>";
const SCRIPTED = "<script>alert(\"in a name\")</script> & 'Co'";

run("the first screen in one round trip, in chromium", () => {
  let server: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(WEB_INDEX))
      throw new Error(`Build first (npm run build): ${WEB_INDEX} is missing.`);
    server = await startBuiltServer({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    await api.setProfile({ timeZone: "America/Chicago", country: "US" });
    const added = await api.addInterview({
      company: HOSTILE,
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const dana = await api.addContact(added.interview.id, {
      name: "Dana Whitfield",
      email: "d@acme.example",
    });
    await api.addNote(added.interview.id, {
      contactId: dana.id,
      kind: "highlight",
      text: '<script>alert("in a note")</script> loves Airflow',
    });
    const second = await api.addInterview({
      company: "Globex",
      role: SCRIPTED,
      at: "2026-11-19T10:00",
      timeZone: "America/Chicago",
    });
    await api.addContact(second.interview.id, { name: SCRIPTED, email: "s@globex.example" });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("draws the first card from the page's own data, under the CSP, the name as text", async () => {
    // The app's CSP in force: no bypass here.
    const { context, page } = await newPhonePage(browser, { bypassCSP: false, timeoutMs: 20_000 });
    try {
      const requests: string[] = [];
      const problems: string[] = [];
      page.on("request", (r) => requests.push(new URL(r.url()).pathname));
      page.on("dialog", (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on("console", (m) => {
        if (/Content Security Policy|Refused/i.test(m.text())) problems.push(m.text());
      });
      page.on("pageerror", (e) => problems.push(e.message));

      const res = await page.goto(server.url);
      expect(res?.headers()["content-encoding"]).toBe("br");
      const card = page.locator("li.action", { hasText: "Dana Whitfield" }).first();
      await card.waitFor();
      expect(await card.locator(".meta").textContent()).toContain(HOSTILE);
      expect(await page.locator("main img").count()).toBe(0);
      // The data script was read and taken out; nothing asked /api/agenda.
      expect(await page.locator("script[type='application/json']").count()).toBe(0);
      expect(requests).not.toContain("/api/agenda");
      await screenshot(page, "first-screen-inlined");

      // Away and back: Today is fetched afresh, the same cards.
      await page.getByRole("link", { name: "Interviews", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: /Interviews/ }).waitFor();
      const agenda = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/agenda");
      await page.getByRole("link", { name: "Today", exact: true }).click();
      expect((await agenda).status()).toBe(200);
      await page.locator("li.action").first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("shows the first cards before any script runs, and the app takes them over unchanged", async () => {
    // Scripts off: what the first HTML alone draws.
    const bare = await browser.newContext({
      viewport: { width: 375, height: 812 },
      javaScriptEnabled: false,
    });
    let drawn: string;
    try {
      const page = await bare.newPage();
      await page.goto(server.url);
      expect(await page.locator("li.action").count()).toBeGreaterThan(2);
      // Names, roles and notes are text: no markup of theirs reached the page.
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text).toContain(HOSTILE);
      expect(text).toContain(SCRIPTED);
      expect(await page.locator("main img, main script").count()).toBe(0);
      expect(await page.locator("#root script").count()).toBe(0);
      // Until the app runs, its buttons could do nothing: they are disabled; links still work.
      expect(await page.locator("main button:not([disabled])").count()).toBe(0);
      expect(await page.locator("li.action a.button").first().getAttribute("href")).toMatch(
        /^\/actions\/.+\/draft$/,
      );
      await screenshot(page, "first-screen-before-scripts");
      drawn = await page.locator("#root").innerHTML();
    } finally {
      await bare.close();
    }
    const { context, page } = await newPhonePage(browser, { bypassCSP: false, timeoutMs: 20_000 });
    try {
      await page.goto(server.url);
      // The app has read its data (and taken the script out) and enabled the buttons.
      await expect.poll(() => page.locator("script[type='application/json']").count()).toBe(0);
      await page.locator("li.action button:not([disabled])").first().waitFor();
      const rendered = await page.locator("#root").innerHTML();
      // The same markup, byte for byte, but for the buttons now enabled.
      expect(drawn.replaceAll(' disabled=""', "")).toBe(rendered);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("a warm visit sends the page's ETag and gets 304, the scripts from the cache", async () => {
    // The HTTP caching itself, as a browser without the service worker sees it: once the worker
    // controls the page it makes the request (passed through as is), out of this page's sight.
    const { context, page } = await newPhonePage(browser, {
      bypassCSP: false,
      timeoutMs: 20_000,
      serviceWorkers: "block",
    });
    try {
      await page.goto(server.url);
      await page.locator("li.action").first().waitFor();
      // The status on the wire (Playwright reports the cached 200 a 304 revalidated).
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      const urls = new Map<string, string>();
      const wire: Record<string, number> = {};
      cdp.on("Network.requestWillBeSent", (e) =>
        urls.set(e.requestId, new URL(e.request.url).pathname),
      );
      cdp.on("Network.responseReceivedExtraInfo", (e) => {
        const path = urls.get(e.requestId);
        if (path) wire[path] = e.statusCode;
      });
      // A new navigation (not a reload, which would revalidate the scripts too).
      await page.goto("about:blank");
      await page.goto(server.url);
      await page.locator("li.action").first().waitFor();
      await expect.poll(() => wire["/"]).toBe(304);
      // The hashed script comes from the cache without asking the server.
      expect(Object.keys(wire).filter((path) => path.startsWith("/assets/"))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("a first visit loads Today's script alone; the API client comes with the first action", async () => {
    const { context, page } = await newPhonePage(browser, {
      bypassCSP: false,
      timeoutMs: 20_000,
      serviceWorkers: "block",
    });
    try {
      const scripts: string[] = [];
      const calls: string[] = [];
      page.on("request", (r) => {
        const path = new URL(r.url()).pathname;
        if (r.resourceType() === "script") scripts.push(path);
        if (path.startsWith("/api/")) calls.push(`${r.method()} ${path}`);
      });
      await page.goto(server.url, { waitUntil: "networkidle" });
      const card = page.locator("li.action", { hasText: "Globex" }).first();
      await card.getByRole("button", { name: /^Mark done/ }).waitFor();
      // The page names its one entry script; the other screens and the client wait to be asked for.
      const tags = page.locator("script[src]");
      expect(await tags.count()).toBe(1);
      const entry = [new URL((await tags.getAttribute("src")) ?? "", server.url).pathname];
      expect(scripts).toEqual(entry);
      expect(calls).toEqual([]);

      const title = (await card.locator("h3").textContent()) ?? "";
      await card.getByRole("button", { name: /^Mark done/ }).click();
      await expect.poll(() => page.getByRole("status").textContent()).toBe(`Done: ${title}.`);
      // The client was fetched then, and the agenda asked for afresh.
      expect(scripts.length).toBeGreaterThan(1);
      expect(calls.some((c) => /^POST \/api\/actions\/.+/.test(c))).toBe(true);
      expect(calls).toContain("GET /api/agenda");
    } finally {
      await context.close();
    }
  }, 60_000);
});
