import type { Browser, BrowserContext, Page } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, launchChromium, screenshot, seriousViolations } from "./browser.js";
import { type RunningApp, startBuiltServer } from "./start-server.js";

const run = chromiumAvailable() ? describe : describe.skip;

// The interview: Friday 20 November 2026, 14:00 in Chicago, "two weeks"; today is Wed 2 December.
run("recording who replied and when they decide (R11, R16)", () => {
  let server: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startBuiltServer({ FOLLOWTHROUGH_NOW: "2026-12-02T16:00:00.000Z" });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1024, height: 900 }, bypassCSP: true });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it("a reply from Dana saying 'by December 15' shows her name and the news, and moves the check-in", async () => {
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    const added = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
      timeline: "two weeks",
    });
    const dana = await api.addContact(added.interview.id, { name: "Dana Whitfield" });

    await page.goto(`${server.url}applications/${added.application.id}`);
    const form = page.getByRole("form", { name: "Record what happened" });
    await form.getByLabel("What").selectOption("reply");
    await form.getByLabel("From").selectOption({ label: "Dana Whitfield" });
    await form.getByLabel("They decide").fill("by December 15");
    await form.getByLabel("Note").fill("They would like two references.");
    await form.getByRole("button", { name: "Record" }).click();
    await page.getByText("Recorded; the plan is updated.").waitFor();

    const timeline = page.getByRole("list", { name: "Timeline" });
    await timeline.getByText("reply — Dana Whitfield").waitFor();
    await timeline.getByText(/They decide: “by December 15”/).waitFor();
    await timeline
      .getByText(/Dana Whitfield replied on Wed 2 Dec that they decide by Tue 15 Dec/)
      .waitFor();
    await screenshot(page, "24-reply-with-news");
    expect(await seriousViolations(page)).toEqual([]);

    const plan = await api.getPlan(added.interview.id);
    const checkIn = plan.actions.find((a) => a.kind === "check-in");
    expect(checkIn?.dueDate).toBe("2026-12-17");
    const events = (await api.getApplication(added.application.id)).timeline.flatMap((e) =>
      e.type === "event" ? [e.event] : [],
    );
    expect(events).toMatchObject([{ contactId: dana.id, timelineDate: "2026-12-15" }]);
  }, 120_000);
});
