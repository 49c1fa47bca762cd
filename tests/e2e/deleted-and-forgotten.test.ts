import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, screenshot, seriousViolations } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

run("recently deleted records and forgetting a company, on a 375 px phone", () => {
  const app = usePhoneApp({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });

  it("restores a deleted note from Settings, then forgets the company for good", async () => {
    const { server, page } = app;
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    const added = await api.addInterview({
      company: "Northwind Logistics",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const dana = await api.addContact(added.interview.id, { name: "Dana Whitfield" });
    const note = await api.addNote(added.interview.id, {
      contactId: dana.id,
      kind: "highlight",
      text: "Her team is moving the nightly batch jobs to Kafka",
    });
    await api.deleteNote(note.id);

    await page.goto(`${server.url}settings`);
    const deleted = page.getByRole("list", { name: "Recently deleted" });
    await deleted.getByText(/Her team is moving the nightly batch jobs/).waitFor();
    await deleted.getByRole("button", { name: "Restore" }).click();
    await page.getByText(/^Restored Note: .*the plan is updated\.$/).waitFor();
    expect((await api.getApplication(added.application.id)).notes.map((n) => n.id)).toEqual([
      note.id,
    ]);
    await page.getByText("Nothing deleted lately.").waitFor();

    await page.goto(`${server.url}applications/${added.application.id}`);
    await page.getByText("Forget Northwind Logistics…").click();
    const form = page.getByRole("form", { name: "Forget Northwind Logistics" });
    // Without the name typed, the server says what would go and nothing goes.
    await form.getByRole("button", { name: "Forget Northwind Logistics" }).click();
    await form
      .getByRole("alert")
      .getByText(/removes, for good: 1 interview, 1 person, 1 note/)
      .waitFor();
    expect((await api.getApplication(added.application.id)).notes).toHaveLength(1);
    await screenshot(page, "30-forget-company-confirm");
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel("Type Northwind Logistics to confirm").fill("Northwind Logistics");
    await form.getByRole("button", { name: "Forget Northwind Logistics" }).click();
    await page.getByText("Forgot Northwind Logistics: nothing about it is kept.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await screenshot(page, "31-company-forgotten");

    expect((await api.search("Kafka")).hits).toEqual([]);
    expect(await api.listDeleted()).toEqual([]);
    await expect(api.getApplication(added.application.id)).rejects.toMatchObject({ status: 404 });
  }, 120_000);
});
