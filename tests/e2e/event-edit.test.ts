import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, screenshot, seriousViolations } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

// The interview: Friday 20 November 2026, 14:00 in Chicago, "two weeks", so the check-in is due
// Tue 8 Dec; today is Wed 2 December and Dana writes that they decide by the 15th.
run("news from a reply, and correcting it, on a 375 px phone (R11, R16)", () => {
  const app = usePhoneApp({ FOLLOWTHROUGH_NOW: "2026-12-02T16:00:00.000Z" });

  it("'we'll decide by the 15th' moves the check-in and says why in words; editing the words moves it again", async () => {
    const { server, page } = app;
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    const added = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
      timeline: "two weeks",
    });
    await api.addContact(added.interview.id, { name: "Dana Whitfield" });
    const dueOfCheckIn = async () =>
      (await api.getPlan(added.interview.id)).actions.find((a) => a.kind === "check-in")?.dueDate;
    expect(await dueOfCheckIn()).toBe("2026-12-08");

    await page.goto(`${server.url}applications/${added.application.id}`);
    const form = page.getByRole("form", { name: "Record what happened" });
    await form.getByLabel("What").selectOption("reply");
    await form.getByLabel("From").selectOption({ label: "Dana Whitfield" });
    await form.getByLabel("They decide").fill("we'll decide by the 15th");
    await form.getByRole("button", { name: "Record" }).click();

    const report = page.getByRole("region", { name: "What moved in the plan" });
    await report
      .getByText(
        'Check-in with Dana Whitfield moved from Tue 8 Dec to Thu 17 Dec: Dana Whitfield replied on Wed 2 Dec that they decide by Tue 15 Dec ("we\'ll decide by the 15th").',
      )
      .waitFor();
    await report.scrollIntoViewIfNeeded();
    await screenshot(page, "50-reply-moved-check-in-phone");
    expect(await dueOfCheckIn()).toBe("2026-12-17");
    expect(await seriousViolations(page)).toEqual([]);

    // Edit in place: the words were "by the 18th" after all.
    const timeline = page.getByRole("list", { name: "Timeline" });
    await timeline.getByRole("button", { name: "Edit this reply" }).click();
    const editor = timeline.getByRole("form", { name: "Edit this reply" });
    await editor.getByLabel("They decide").fill("early November");
    await editor.getByRole("button", { name: "Save" }).click();
    // Refused at once, next to the button, in words: the day is before the day it was said.
    await editor
      .getByRole("alert")
      .getByText(/^They decide: .*before the day it was said \(Wed 2 Dec\)/)
      .waitFor();
    await screenshot(page, "51-event-edit-refused-phone");
    await editor.getByLabel("They decide").fill("by the 18th");
    await editor.getByRole("button", { name: "Save" }).click();
    await report
      .getByText(
        /^Check-in with Dana Whitfield moved from Thu 17 Dec to Tue 22 Dec: .*by Fri 18 Dec/,
      )
      .waitFor();
    await timeline.getByText(/They decide: “by the 18th”/).waitFor();
    await report.scrollIntoViewIfNeeded();
    await screenshot(page, "52-event-edited-moved-again-phone");
    expect(await dueOfCheckIn()).toBe("2026-12-22");
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);
});
