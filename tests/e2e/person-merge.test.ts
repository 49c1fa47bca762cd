import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, screenshot, seriousViolations } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

const CARD = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Dana Whitfield",
  "TITLE:VP Data",
  "EMAIL:dana@acme.example",
  "TEL:+1 312 555 0100",
  "URL:https://www.linkedin.com/in/danawhitfield",
  "END:VCARD",
  "",
].join("\r\n");

run("a card merged into a person, then corrected, on a 375 px phone", () => {
  const app = usePhoneApp({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });

  it("imports a vCard into the person typed in, takes the card's title, edits the phone and agreed to connect: the LinkedIn request appears (R1, R5, R9)", async () => {
    const { server, page } = app;
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    await api.setProfile({ timeZone: "America/Chicago", linkedIn: true });
    const { interview } = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const dana = await api.addContact(interview.id, {
      name: "Dana Whitfield",
      title: "Head of Data",
      email: "dana@acme.example",
    });

    await page.goto(`${server.url}capture/${interview.id}`);
    await page.getByRole("heading", { name: "Dana Whitfield", exact: true }).waitFor();
    await page.setInputFiles("#vcard", {
      name: "dana.vcf",
      mimeType: "text/vcard",
      buffer: Buffer.from(CARD),
    });
    await page.getByText("Merged into people already here: Dana Whitfield.").waitFor();
    await page
      .getByText("Dana Whitfield: added phone +1 312 555 0100, LinkedIn URL; 1 to choose (Title)")
      .waitFor();
    await screenshot(page, "30-card-merged-conflict");
    await page.getByRole("button", { name: "Use the card's title for Dana Whitfield" }).click();
    await page.getByText("Card’s value used.").waitFor();
    expect((await api.getContact(dana.id)).contact.title).toBe("VP Data");
    expect(await api.listContacts()).toHaveLength(1);
    const plan = page.getByRole("heading", { name: "The plan" });
    expect(await page.getByText("LinkedIn request").count()).toBe(0);

    await page.getByRole("button", { name: "Edit Dana Whitfield" }).click();
    const form = page.getByRole("form", { name: "Edit Dana Whitfield" });
    await form.getByLabel("Phone").fill("+1 312 555 0199");
    await form.getByLabel("Agreed to connect on LinkedIn").check();
    await form.getByLabel("Agreed follow-up date").fill("2026-11-19");
    await form.getByRole("button", { name: "Save Dana Whitfield" }).click();
    // A follow-up day already past is refused by its label, next to the button.
    await form.getByText(/already past/).waitFor();
    await screenshot(page, "31-person-edit-refused");
    await form.getByLabel("Agreed follow-up date").fill("2026-11-30");
    await form.getByRole("button", { name: "Save Dana Whitfield" }).click();
    await page.getByText("Saved Dana Whitfield; the plan is updated.").waitFor();
    await page
      .getByText(/LinkedIn request/)
      .first()
      .waitFor();
    await plan.scrollIntoViewIfNeeded();
    await screenshot(page, "32-person-edited-linkedin-request");
    expect(await seriousViolations(page)).toEqual([]);

    const now = await api.getContact(dana.id);
    expect(now.contact).toMatchObject({ phone: "+1 312 555 0199", agreedToConnect: true });
    expect(now.participations[0]).toMatchObject({ followUpOn: "2026-11-30" });
    const kinds = (await api.getPlan(interview.id)).actions
      .filter((a) => a.status !== "cancelled")
      .map((a) => a.kind);
    expect(kinds).toContain("linkedin-request");
  }, 120_000);
});
