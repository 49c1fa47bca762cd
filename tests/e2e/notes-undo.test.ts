import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, screenshot, seriousViolations } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

run("correcting and deleting a note on a 375 px phone", () => {
  const app = usePhoneApp({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });

  it("edits a note in place, deletes it, and brings it back with Undo", async () => {
    const { server, page } = app;
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    const added = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const dana = await api.addContact(added.interview.id, { name: "Dana Whitfield" });
    await api.addNote(added.interview.id, {
      contactId: dana.id,
      kind: "highlight",
      text: "Her team moved to dbt last sprng",
    });

    await page.goto(`${server.url}applications/${added.application.id}`);
    const notes = page.getByRole("list", { name: "Notes" });
    await notes.locator("p", { hasText: "Her team moved to dbt last sprng" }).waitFor();

    await notes.getByRole("button", { name: /^Edit note/ }).click();
    const box = page.getByLabel("Note about Dana Whitfield", { exact: true });
    await box.fill("Her team moved to dbt last spring");
    await page.getByRole("button", { name: "Save note" }).click();
    await notes.locator("p", { hasText: "Her team moved to dbt last spring" }).waitFor();
    expect((await api.getApplication(added.application.id)).notes.map((n) => n.text)).toEqual([
      "Her team moved to dbt last spring",
    ]);

    await notes.getByRole("button", { name: /^Delete note/ }).click();
    const undo = page.getByRole("button", { name: "Undo" });
    await undo.waitFor();
    await expect.poll(() => notes.locator("p", { hasText: "Her team moved" }).count()).toBe(0);
    await page.getByText(/Deleted Note: “Her team moved to dbt last spring”/).waitFor();
    await screenshot(page, "20-note-deleted-undo");
    expect(await seriousViolations(page)).toEqual([]);

    await undo.click();
    await notes.locator("p", { hasText: "Her team moved to dbt last spring" }).waitFor();
    expect((await api.getApplication(added.application.id)).notes).toHaveLength(1);
    expect(await api.listDeleted()).toEqual([]);

    // A decision recorded by mistake: deleting it brings the status back (R17), Undo redoes it.
    await api.recordEvent(added.interview.id, { kind: "decision", outcome: "rejected" });
    await page.reload();
    await page.getByText("Status: rejected").waitFor();
    await page.getByRole("button", { name: "Delete this decision" }).click();
    await page.getByText(/Deleted Decision: not hired/).waitFor();
    await page.getByText("Status: interviewing").waitFor();
    await screenshot(page, "22-decision-deleted-undo");
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Status: rejected").waitFor();
  }, 120_000);
});
