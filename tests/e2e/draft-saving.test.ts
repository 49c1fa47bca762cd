import type { Browser, BrowserContext, Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import {
  chromiumAvailable,
  launchChromium,
  newPhonePage,
  screenshot,
  seriousViolations,
} from "./browser.js";
import { type RunningApp, startBuiltServer } from "./start-server.js";

const run = chromiumAvailable() ? describe : describe.skip;

const LINE = "I also wanted to share the dbt style guide we talked about.";

run("no draft work lost, on a 375 px phone", () => {
  let server: RunningApp;
  let browser: Browser;
  let phone: { context: BrowserContext; page: Page };
  let laptop: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    server = await startBuiltServer({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });
    browser = await launchChromium();
    phone = await newPhonePage(browser);
    laptop = await newPhonePage(browser);
  }, 60_000);
  afterAll(async () => {
    await phone?.context.close();
    await laptop?.context.close();
    await browser?.close();
    await server?.stop();
  });

  it("an edit is saved as typed, back after a reload and on another device; once sent, the page shows what went", async () => {
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    const added = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    await api.addContact(added.interview.id, {
      name: "Dana Whitfield",
      email: "dana@acme.example",
      role: "hiring-manager",
    });
    const { actions } = await api.getPlan(added.interview.id);
    const action = actions.find((a) => a.kind === "thank-you-email");
    if (!action) throw new Error("no thank-you email planned");
    const url = `${server.url}actions/${action.id}/draft`;

    const { page } = phone;
    await page.goto(url);
    const message = page.getByLabel("Message", { exact: true });
    await message.waitFor();
    const composed = await message.inputValue();
    await message.press("Control+End");
    await message.pressSequentially(`\n${LINE}`);
    await page.getByText(/^Saved at/).waitFor();
    await screenshot(page, "40-draft-saved");
    expect(await seriousViolations(page)).toEqual([]);
    expect((await api.getDraft(action.id)).draft.body).toBe(`${composed}\n${LINE}`);

    await page.reload();
    await message.waitFor();
    expect(await message.inputValue()).toBe(`${composed}\n${LINE}`);
    await page.getByRole("button", { name: "Back to the suggested text" }).waitFor();

    // The same draft on another device.
    await laptop.page.goto(url);
    const there = laptop.page.getByLabel("Message", { exact: true });
    await there.waitFor();
    expect(await there.inputValue()).toBe(`${composed}\n${LINE}`);

    // The phone saves again; the laptop, still on the older revision, is told and may load it.
    await message.press("Control+End");
    await message.pressSequentially(" Thanks again!");
    await expect.poll(async () => (await api.getDraft(action.id)).revision).toBe(2);
    await there.press("Control+End");
    await there.pressSequentially(" From the laptop.");
    await laptop.page.getByText(/Another device or tab saved a newer version/).waitFor();
    await screenshot(laptop.page, "41-draft-newer-elsewhere");
    await laptop.page.getByRole("button", { name: "Load the newer text" }).click();
    await expect.poll(() => there.inputValue()).toBe(`${composed}\n${LINE} Thanks again!`);

    // Mark it sent: the page now shows the text that went, read-only, to whom and when.
    await page.getByRole("button", { name: "Mark sent" }).click();
    await page.waitForURL(/\/applications\//);
    await page.goto(url);
    await page.getByText(/^Sent on/).waitFor();
    await page.getByText("to Dana Whitfield <dana@acme.example>", { exact: false }).waitFor();
    expect(await page.locator("pre.sent-text").innerText()).toBe(
      `${composed}\n${LINE} Thanks again!`,
    );
    expect(await page.getByLabel("Message", { exact: true }).count()).toBe(0);
    await screenshot(page, "42-draft-sent");
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);
});
