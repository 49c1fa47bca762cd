import type { Browser, Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, launchChromium, newPhonePage, screenshot } from "./browser.js";
import { type RunningApp, startBuiltServer } from "./start-server.js";

const run = chromiumAvailable() ? describe : describe.skip;
const NOW = { FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" };

run("importing a backup in Settings on a 375 px phone", () => {
  let old: RunningApp;
  let fresh: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [old, fresh] = await Promise.all([startBuiltServer(NOW), startBuiltServer(NOW)]);
    browser = await launchChromium();
    ({ page } = await newPhonePage(browser, { bypassCSP: false }));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await old?.stop();
    await fresh?.stop();
  });

  it("shows the imported profile in the form, and saving keeps it", async () => {
    const before = createApiClient({ baseUrl: old.url.replace(/\/$/, "") });
    await before.setProfile({
      name: "Ana Ruiz",
      email: "ana@example.com",
      timeZone: "America/Chicago",
      country: "US",
    });
    const backup = JSON.stringify(await before.exportData());

    // Local mode has no accounts: Settings asks nothing of the account routes, and offers no link.
    const asked: string[] = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${fresh.url}settings`);
    const name = page.getByLabel("Your name");
    await name.waitFor();
    expect(await name.inputValue()).toBe("");
    expect(asked.filter((p) => p.startsWith("/api/account") || p.startsWith("/api/auth"))).toEqual(
      [],
    );
    expect(await page.getByRole("link", { name: "Your account" }).count()).toBe(0);
    await page.getByLabel("Import a JSON export").setInputFiles({
      name: "followthrough.json",
      mimeType: "application/json",
      buffer: Buffer.from(backup),
    });
    await page.getByText(/Imported 0 interview\(s\)/).waitFor();
    await expect.poll(() => name.inputValue()).toBe("Ana Ruiz");
    expect(await page.getByLabel("Time zone").inputValue()).toBe("America/Chicago");

    await page.getByRole("button", { name: "Save settings" }).click();
    const saved = page.getByText("Settings saved; every plan follows them.");
    await saved.waitFor();
    // The message sits next to the button that was pressed, on screen.
    expect(await saved.isVisible()).toBe(true);
    const box = await saved.boundingBox();
    const button = await page.getByRole("button", { name: "Save settings" }).boundingBox();
    expect(box && button && Math.abs(box.y - button.y) < 200).toBe(true);
    await screenshot(page, "21-settings-saved-after-import");
    const after = await createApiClient({ baseUrl: fresh.url.replace(/\/$/, "") }).getProfile();
    expect(after).toMatchObject({
      name: "Ana Ruiz",
      email: "ana@example.com",
      timeZone: "America/Chicago",
    });
  }, 120_000);
});
