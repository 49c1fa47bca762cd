import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, launchChromium } from "./browser.js";
import { type RunningApp, startBuiltServer } from "./start-server.js";

const run = chromiumAvailable() ? describe : describe.skip;

/** A page on another local port that tries to change the user's records as they visit it. */
function attackerPage(target: string, interviewId: string, actionId: string): string {
  const vcard = "BEGIN:VCARD\\r\\nVERSION:3.0\\r\\nFN:Mallory Attacker\\r\\nEND:VCARD\\r\\n";
  return `<!doctype html><html><body>
<iframe name="sink" id="sink"></iframe>
<form id="rotate" method="POST" action="${target}/api/calendar-feed/rotate" target="sink"></form>
<form id="plain" method="POST" enctype="text/plain" action="${target}/api/interviews/${interviewId}/contacts/import" target="sink2">
  <input name="BEGIN:VCARD&#13;&#10;VERSION:3.0&#13;&#10;FN:Mallory Form&#13;&#10;END:VCARD&#13;&#10;x" value="">
</form>
<iframe name="sink2" id="sink2"></iframe>
<script>
  const loaded = (id) => new Promise((r) => document.getElementById(id).addEventListener("load", r, { once: true }));
  (async () => {
    const forms = Promise.all([loaded("sink"), loaded("sink2")]);
    document.getElementById("rotate").submit();
    document.getElementById("plain").submit();
    await Promise.allSettled([
      fetch("${target}/api/actions/${actionId}/done", { method: "POST", mode: "no-cors" }),
      fetch("${target}/api/interviews/${interviewId}/contacts/import", {
        method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body: "${vcard}",
      }),
    ]);
    await forms;
    document.title = "done";
  })();
</script></body></html>`;
}

run("forged requests from another site, in chromium", () => {
  let app: RunningApp;
  let attacker: Server;
  let browser: Browser;

  beforeAll(async () => {
    app = await startBuiltServer({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (attacker ? attacker.close(r) : r(null)));
    await app?.stop();
  });

  it("cannot rotate the calendar feed, settle a follow-up or seat a contact (CSRF)", async () => {
    const target = app.url.replace(/\/$/, "");
    const api = createApiClient({ baseUrl: target });
    const added = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const interviewId = added.interview.id;
    await api.addContact(interviewId, { name: "Dana Whitfield", email: "dana@acme.example" });
    const [action] = (await api.getPlan(interviewId)).actions;
    if (!action) throw new Error("no action planned");
    const feedBefore = await api.getCalendarFeed();

    const page = attackerPage(target, interviewId, action.id);
    attacker = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(page);
    });
    await new Promise<void>((r) => attacker.listen(0, "127.0.0.1", r));
    const attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;

    const tab = await browser.newPage();
    const refused: number[] = [];
    tab.on("response", (res) => {
      if (res.url().startsWith(target)) refused.push(res.status());
    });
    await tab.goto(attackerUrl);
    await tab.waitForFunction("document.title === 'done'", undefined, { timeout: 30_000 });
    await tab.close();

    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(refused.every((s) => s === 403)).toBe(true);
    expect(await api.getCalendarFeed()).toEqual(feedBefore);
    const after = await api.getPlan(interviewId);
    expect(after.actions.find((a) => a.id === action.id)?.status).toBe("planned");
    const people = (await api.getInterview(interviewId)).contacts.map((p) => p.name);
    expect(people).toEqual(["Dana Whitfield"]);
  }, 120_000);
});
