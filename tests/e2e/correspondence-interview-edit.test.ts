import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, screenshot, seriousViolations } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

run("correcting a logged message and an interview on a 375 px phone", () => {
  const app = usePhoneApp({ FOLLOWTHROUGH_NOW: "2026-11-25T22:00:00.000Z" });

  it("edits a message in place, deletes it and undoes; edits the interview's timeline words (R3, R25)", async () => {
    const { server, page } = app;
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    const added = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
      timeline: "two weeks",
    });
    const interviewId = added.interview.id;
    const dana = await api.addContact(interviewId, { name: "Dana Whitfield" });
    const raj = await api.addContact(interviewId, { name: "Raj Patel" });
    const logged = await api.logCorrespondence(interviewId, {
      direction: "in",
      channel: "email",
      at: "2026-11-23T10:00",
      contactIds: [dana.id],
      subject: "Thanks for comming in",
    });

    await page.goto(`${server.url}applications/${added.application.id}`);
    const timeline = page.getByRole("list", { name: "Timeline" });
    // The message's subject (the reply event it recorded shows the same words as its note).
    const subject = (words: string) => timeline.locator("p.subject", { hasText: words });
    await subject("Thanks for comming in").waitFor();

    // The message: a typo in the subject, and it was Raj who wrote.
    await timeline.getByRole("button", { name: "Edit message “Thanks for comming in”" }).click();
    const form = page.getByRole("form", { name: "Edit message" });
    await form.getByLabel("Subject").fill("Thanks for coming in");
    await form.getByLabel("From").selectOption({ label: "Raj Patel" });
    await screenshot(page, "30-message-edit");
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole("button", { name: "Save message" }).click();
    await subject("Thanks for coming in").waitFor();
    await page.getByText("Message corrected; the plan is updated.").waitFor();
    const corrected = (await api.getApplication(added.application.id)).timeline.find(
      (e) => e.type === "correspondence",
    );
    expect(corrected?.type === "correspondence" && corrected.correspondence).toMatchObject({
      id: logged.id,
      subject: "Thanks for coming in",
      contactIds: [raj.id],
      occurredAt: logged.occurredAt,
    });

    await timeline.getByRole("button", { name: "Delete message “Thanks for coming in”" }).click();
    const undo = page.getByRole("button", { name: "Undo" });
    await undo.waitFor();
    await page.getByText(/Deleted Message from them \(email\): “Thanks for coming in”/).waitFor();
    await expect.poll(() => subject("Thanks for coming in").count()).toBe(0);
    await screenshot(page, "31-message-deleted-undo");
    await undo.click();
    await subject("Thanks for coming in").waitFor();
    expect(await api.listDeleted()).toEqual([]);

    // The interview: the timeline words as they were really said (R3).
    await timeline.getByRole("button", { name: "Edit interview, round 1" }).click();
    const interviewForm = page.getByRole("form", { name: "Edit interview, round 1" });
    await interviewForm.getByLabel("When you will hear back").fill("by December 15");
    await screenshot(page, "32-interview-edit");
    expect(await seriousViolations(page)).toEqual([]);
    await interviewForm.getByRole("button", { name: "Save interview" }).click();
    await page.getByText(/^Saved; /).waitFor();
    await timeline.getByText(/hear back: "by December 15" \(2026-12-15\)/).waitFor();
    expect((await api.getInterview(interviewId)).interview).toMatchObject({
      timelineText: "by December 15",
      timelineDate: "2026-12-15",
    });
    await screenshot(page, "33-interview-saved");
  }, 180_000);
});
