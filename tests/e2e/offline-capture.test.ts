import type { Page } from "@playwright/test";
import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { INLINED_AGENDA_ID } from "../../src/client/inlined-data.js";
import { chromiumAvailable, screenshot, seriousViolations } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

// Issue 13, the phone: the app installs (manifest, icons, service worker) and opens without a
// connection; an interview, its people and notes typed offline wait on the phone (IndexedDB) and
// are sent, once each, when the connection returns; a write the server refuses says why and can
// be retried or discarded. Network emulated offline in chromium on a 375 px phone.

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await seriousViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function addPerson(page: Page, name: string, email: string, followUpOn = ""): Promise<void> {
  const form = page.getByRole("form", { name: "Add a person" });
  await form.getByLabel("Name, exactly as on the card").fill(name);
  await form.getByLabel("Email").fill(email);
  if (followUpOn) await form.getByLabel(/Agreed follow-up date/).fill(followUpOn);
  await form.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("form", { name: `Note about ${name}` }).waitFor();
}

async function addNote(page: Page, who: string, text: string): Promise<void> {
  const form = page.getByRole("form", { name: `Note about ${who}` });
  await form.getByLabel(`Note about ${who}`).fill(text);
  await form.getByRole("button", { name: "Save note" }).click();
  await page.locator("ul.notes li", { hasText: text }).waitFor();
}

run("the phone: installable, and capture without a connection", () => {
  const app = usePhoneApp({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });

  it("serves the manifest, its icons and the service worker with their types; every file the worker keeps is there", async () => {
    const { server } = app;
    const manifest = await fetch(`${server.url}manifest.webmanifest`);
    expect(manifest.headers.get("content-type")).toBe("application/manifest+json");
    const body = (await manifest.json()) as { start_url: string; icons: { src: string }[] };
    expect(body.start_url).toBe("/");
    for (const icon of body.icons) {
      const png = await fetch(new URL(icon.src, server.url));
      expect(png.status, icon.src).toBe(200);
      expect(png.headers.get("content-type")).toBe("image/png");
    }
    const worker = await fetch(`${server.url}sw.js`);
    expect(worker.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    // Revalidated on each check, so a new build's worker is found at once.
    expect(worker.headers.get("cache-control")).toBe("no-cache");
    const code = await worker.text();
    expect(code).not.toContain("__FOLLOWTHROUGH_");
    const kept = [...code.matchAll(/\/assets\/[\w.-]+\.(?:js|css)/g)].map((m) => m[0]);
    expect(kept.length).toBeGreaterThan(3);
    for (const path of new Set(kept))
      expect((await fetch(new URL(path, server.url))).status, path).toBe(200);
    // The shell it keeps for offline opening is the plain page, under the app's own policy.
    const shell = await fetch(`${server.url}index.html`);
    expect(shell.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await shell.text()).not.toContain(INLINED_AGENDA_ID);
  });

  it("captures offline, sends each write once when the connection returns, and says what was refused", async () => {
    const { server, page } = app;
    const context = page.context();
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });

    // Online first: the worker installs and takes the page; Today still comes with its data inlined.
    const first = await page.goto(server.url);
    expect(await first?.text()).toContain(`id="${INLINED_AGENDA_ID}"`);
    await expect
      .poll(() => page.evaluate("navigator.serviceWorker.controller !== null"), { timeout: 15_000 })
      .toBe(true);
    const again = await page.goto(server.url);
    expect(again?.fromServiceWorker()).toBe(true);
    expect(await again?.text()).toContain(`id="${INLINED_AGENDA_ID}"`);

    // No connection from here. Capture's code was never loaded: the worker has it.
    await context.setOffline(true);
    await expect.poll(() => page.evaluate("navigator.onLine")).toBe(false);
    await page.getByRole("link", { name: "Capture", exact: true }).click();
    await page.getByLabel("Company").fill("Acme");
    await page.getByLabel("Role").fill("Data Engineer");
    await page.getByLabel("When it started").fill("2026-11-20T14:00");
    await page.getByLabel("Time zone").fill("America/Chicago");
    await page.getByLabel("When will you hear back?").fill("two weeks");
    await page.getByRole("button", { name: "Save and add people" }).click();
    await page.getByText("not sent yet").first().waitFor();
    expect(page.url()).toContain("/capture?waiting=");

    await addPerson(page, "Dana Whitfield", "dana@acme.example");
    await addNote(page, "Dana Whitfield", "Her team moved to dbt last spring");
    await addNote(page, "the interview", "Ask about the on-call rota");
    // A follow-up date before the interview: the server will refuse this one.
    await addPerson(page, "Raj Patel", "raj@acme.example", "2026-11-01");
    const panel = page.getByRole("region", { name: "On this phone, not sent yet" });
    await panel.getByText("5 waiting to be sent").waitFor();
    await panel.getByText("No connection: they are kept here and sent when it returns.").waitFor();

    expect(await api.listInterviews()).toEqual([]);

    // Closed and opened again without a connection: the page comes from the worker, the writes
    // from the phone's store.
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await panel.getByText("5 waiting to be sent").waitFor();
    await page.getByRole("heading", { name: "Dana Whitfield", exact: true }).waitFor();
    await expectAccessible(page, "offline-01-capture-waiting");

    // The connection returns: everything is sent in the order typed, the screen becomes the
    // interview's own, and the refused person says why, with Retry and Discard.
    await context.setOffline(false);
    await page.waitForURL(/\/capture\/iv_/);
    await panel.getByText("1 refused by the server").waitFor();
    await panel.getByText(/The follow-up date 2026-11-01 is before the interview/).waitFor();
    await page.getByRole("heading", { name: "Dana Whitfield", exact: true }).waitFor();
    await page
      .locator("ol.plan")
      .getByRole("heading", { name: /Dana Whitfield/ })
      .first()
      .waitFor();
    await expectAccessible(page, "offline-02-synced-one-refused");

    const interviews = await api.listInterviews();
    expect(interviews).toHaveLength(1);
    const detail = await api.getInterview(interviews[0]?.interview.id as string);
    expect(detail.contacts.map((c) => c.name)).toEqual(["Dana Whitfield"]);
    const dana = detail.contacts[0]?.id;
    expect(detail.notes.map((n) => [n.text, n.contactId]).sort()).toEqual([
      ["Ask about the on-call rota", null],
      ["Her team moved to dbt last spring", dana],
    ]);

    // Retry sends it again as it is (refused again); Discard throws it away.
    await panel.getByRole("button", { name: "Retry Raj Patel" }).click();
    await panel.getByText("1 refused by the server").waitFor();
    await panel.getByRole("button", { name: "Discard Raj Patel" }).click();
    await expect.poll(() => panel.count()).toBe(0);

    // A vCard from the phone's contacts, through the file picker (the existing import route).
    const input = page.getByLabel("Or import people from a vCard file");
    expect(await input.getAttribute("accept")).toBe(".vcf,text/vcard,text/x-vcard");
    await input.setInputFiles({
      name: "sam.vcf",
      mimeType: "text/vcard",
      buffer: Buffer.from(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Okafor\r\nEMAIL:sam@acme.example\r\nTITLE:Staff Engineer\r\nEND:VCARD\r\n",
      ),
    });
    await page.getByText("Imported Sam Okafor.").waitFor();
    await screenshot(page, "offline-03-vcard-imported");

    // Opened again online: nothing is sent twice.
    await page.reload();
    await page.getByRole("heading", { name: "Sam Okafor", exact: true }).waitFor();
    const after = await api.getInterview(interviews[0]?.interview.id as string);
    expect(after.contacts.map((c) => c.name).sort()).toEqual(["Dana Whitfield", "Sam Okafor"]);
    expect(after.notes).toHaveLength(2);
    expect(await api.listInterviews()).toHaveLength(1);
  });
});
