import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, launchChromium, screenshot, seriousViolations } from "./browser.js";
import { type RunningApp, startBuiltServer } from "./start-server.js";

// The web app end to end, as the issue tells it: on a phone, capture an interview with two
// interviewers, see the plan, open a thank-you draft, fix a flagged misspelling, download the
// corrected .eml, mark it sent, see it in the timeline and gone from Today (R26); search finds the
// note (R25); axe on every page.

const WEB_INDEX = fileURLToPath(new URL("../../dist/web/index.html", import.meta.url));
const run = chromiumAvailable() ? describe : describe.skip;

run("web app in chromium on a 375 px phone", () => {
  let server: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(WEB_INDEX))
      throw new Error(`Build first (npm run build): ${WEB_INDEX} is missing.`);
    server = await startBuiltServer({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });
    // The same typed client as the web app sets the scene.
    await createApiClient({ baseUrl: server.url.replace(/\/$/, "") }).setProfile({
      name: "Ana Ruiz",
      email: "ana@example.com",
      timeZone: "America/Chicago",
      country: "US",
      strengths: ["SQL", "dbt"],
    });
    browser = await launchChromium();
    // axe is injected as a script tag, which the app's own CSP (script-src 'self') would refuse.
    context = await browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      bypassCSP: true,
    });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function expectAccessible(name: string): Promise<void> {
    await screenshot(page, name);
    const violations = await seriousViolations(page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  it("captures, plans, drafts, fixes, sends, and searches", async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: /Today/ }).count()).toBe(1);
    await page.getByText("Nothing is due").waitFor();
    await expectAccessible("01-today-empty");

    // Capture (R1–R5): the interview, then two people, each with a note.
    const started = Date.now();
    await page.getByRole("link", { name: "Capture", exact: true }).click();
    await page.getByLabel("Company").fill("Acme");
    await page.getByLabel("Role").fill("Data Engineer");
    await page.getByLabel("When it started").fill("2026-11-20T14:00");
    await page.getByLabel("Time zone").fill("America/Chicago");
    await page.getByLabel("When will you hear back?").fill("two weeks");
    await expectAccessible("02-capture-interview");
    await page.getByRole("button", { name: "Save and add people" }).click();

    await addPerson(page, {
      name: "Dana Whitfield",
      email: "dana@acme.example",
      role: "hiring-manager",
      connect: true,
    });
    await addNote(page, "Dana Whitfield", "Her team moved to dbt last spring");
    await addPerson(page, {
      name: "Raj Patel",
      email: "raj@acme.example",
      role: "interviewer",
      connect: false,
    });
    await addNote(page, "Raj Patel", "Asked about streaming pipelines with Kafka");
    const captureMs = Date.now() - started;
    console.log(`capture of a two-person interview took ${captureMs} ms in the browser`);

    // The plan shows a thank-you to each, with its why (R6, R7).
    const plan = page.locator("ol.plan");
    await plan.getByRole("heading", { name: "Thank-you email — Dana Whitfield" }).waitFor();
    await plan.getByRole("heading", { name: "Thank-you email — Raj Patel" }).waitFor();
    expect(await plan.getByText(/R6/).count()).toBeGreaterThan(0);
    await expectAccessible("03-capture-plan");

    // Open Dana's thank-you draft.
    await plan.getByRole("link", { name: /^Open draft\W+Thank-you email Dana Whitfield$/ }).click();
    const message = page.getByLabel("Message", { exact: true });
    await message.waitFor();
    const drafted = await message.inputValue();
    expect(drafted).toContain("Dana");
    await expectAccessible("04-draft");

    // A misspelling typed in is flagged, marked in the text, and fixed with its suggestion (R21).
    await message.fill(drafted.replace(/\n\n/, "\n\nI enjoyed the intervew very much.\n\n"));
    const fix = page.getByRole("button", { name: "Use “interview”" });
    await fix.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => page.locator(".editor mark.error", { hasText: /^intervew$/ }).count())
      .toBe(1);
    await screenshot(page, "05-draft-flagged");
    await fix.click();
    await expect.poll(() => message.inputValue()).toContain("I enjoyed the interview very much.");
    await expect.poll(() => page.getByRole("button", { name: "Use “interview”" }).count()).toBe(0);
    await expectAccessible("06-draft-fixed");

    // The download is the text as corrected here, not the draft as composed.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .eml" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("thank-you-email-dana-whitfield.eml");
    const eml = await PostalMime.parse(await readFile(await download.path()));
    expect(eml.to?.[0]?.address).toBe("dana@acme.example");
    expect(eml.text).toContain("I enjoyed the interview very much.");
    expect(eml.text).not.toContain("intervew");

    // Mark it sent: the timeline shows the message, Today no longer lists it (R25, R26).
    await page.getByRole("button", { name: "Mark sent" }).click();
    await page.getByRole("heading", { level: 1, name: "Acme — Data Engineer" }).waitFor();
    const sent = page.locator("li.entry.correspondence", {
      hasText: "Sent by email — Dana Whitfield",
    });
    await sent.waitFor();
    await sent.getByText("Full text").click();
    await expect
      .poll(() => sent.locator(".body").textContent())
      .toContain("I enjoyed the interview very much.");
    await expectAccessible("07-application-timeline");

    await page.getByRole("link", { name: "Today", exact: true }).click();
    await page.getByRole("heading", { name: "Thank-you email — Raj Patel" }).waitFor();
    expect(
      await page.getByRole("heading", { name: "Thank-you email — Dana Whitfield" }).count(),
    ).toBe(0);
    await expectAccessible("08-today");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectAccessible("09-today-dark");
    await page.emulateMedia({ colorScheme: "light" });

    // Search finds the note (R25).
    await page.getByRole("link", { name: "Search", exact: true }).click();
    await page.getByLabel("Words in notes and messages").fill("dbt");
    await page.getByRole("button", { name: "Search" }).click();
    await page.locator("mark", { hasText: "dbt" }).first().waitFor();
    expect(await page.getByRole("heading", { name: "highlight note" }).count()).toBeGreaterThan(0);
    await expectAccessible("10-search");

    for (const [link, heading, shot] of [
      ["Interviews", "Interviews", "11-interviews"],
      ["Contacts", "Contacts", "12-contacts"],
      ["Settings", "Settings", "13-settings"],
    ] as const) {
      await page.getByRole("link", { name: link, exact: true }).click();
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.locator("[aria-busy=true]").waitFor({ state: "detached" });
      await expectAccessible(shot);
    }
  }, 120_000);

  it("is usable by keyboard: skip link, then the first follow-up's actions", async () => {
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Thank-you email — Raj Patel" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Skip to content");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const focused = (await page.evaluate("document.activeElement?.textContent ?? ''")) as string;
    expect(focused).toContain("Open draft");
  }, 30_000);
});

async function addPerson(
  page: Page,
  person: { name: string; email: string; role: string; connect: boolean },
): Promise<void> {
  const form = page.getByRole("form", { name: "Add a person" });
  await form.getByLabel("Name, exactly as on the card").fill(person.name);
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Role").selectOption(person.role);
  if (person.connect) await form.getByLabel("Agreed to connect on LinkedIn").check();
  await form.getByRole("button", { name: "Add person" }).click();
  await page.getByRole("form", { name: `Note about ${person.name}` }).waitFor();
}

async function addNote(page: Page, who: string, text: string): Promise<void> {
  const form = page.getByRole("form", { name: `Note about ${who}` });
  await form.getByLabel(`Note about ${who}`).fill(text);
  await form.getByRole("button", { name: "Save note" }).click();
  await page.locator("ul.notes li", { hasText: text }).waitFor();
}
