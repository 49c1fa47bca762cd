import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, screenshot, seriousViolations } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

// Issue 11: switching a draft's channel writes it again for that channel. An email written as a
// letter gets the address blocks (the sender's from the profile, the recipient's from the card),
// the date as the sender's country writes it and a PDF to download instead of an .eml; the user's
// edits are replaced only once they agree.

/** The PDF's text as poppler reads it (an independent reader), lines kept. */
function pdftotext(file: string): string {
  const read = spawnSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], {
    encoding: "utf8",
  });
  if (read.error) throw new Error("pdftotext is missing: run scripts/install-system-deps.sh");
  return read.stdout;
}

run("a draft switched to a letter, on a 375 px phone", () => {
  const app = usePhoneApp({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });

  it("shows the address blocks and the date, offers the PDF (no .eml), and asks before replacing edits", async () => {
    const api = createApiClient({ baseUrl: app.server.url.replace(/\/$/, "") });
    await api.setProfile({
      name: "Ana Ruiz",
      email: "ana@example.co.uk",
      postalAddress: "12 Mill Lane\nLeeds LS1 4AB",
      timeZone: "Europe/London",
      country: "GB",
      strengths: ["data modelling"],
    });
    const added = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "Europe/London",
    });
    await api.addContact(added.interview.id, {
      name: "Dana Whitfield",
      title: "Head of Data",
      email: "dana@acme.example",
      postalAddress: "1 Wharf Street\nManchester M1 2AB",
      role: "hiring-manager",
    });
    const action = (await api.getPlan(added.interview.id)).actions.find(
      (a) => a.kind === "thank-you-email",
    );
    if (!action) throw new Error("no thank-you email planned");

    const { page } = app;
    await page.goto(`${app.server.url}actions/${action.id}/draft`);
    const message = page.getByLabel("Message", { exact: true });
    await message.waitFor();
    await page.getByRole("button", { name: "Download .eml" }).waitFor();
    expect(await page.getByLabel("Subject").count()).toBe(1);

    // Nothing edited yet: the switch writes the letter at once.
    await page.getByLabel("Channel").selectOption("letter");
    await page.getByRole("button", { name: "Download .pdf" }).waitFor();
    const letter = await message.inputValue();
    expect(letter.startsWith("Ana Ruiz\n12 Mill Lane\nLeeds LS1 4AB\n")).toBe(true);
    // The date as written in the UK, then Dana's block from her card.
    expect(letter).toContain(
      "\n\n20 November 2026\n\nDana Whitfield\nHead of Data\nAcme\n1 Wharf Street\nManchester M1 2AB\n\nDear Dana,",
    );
    expect(letter).toMatch(/Best regards,\nAna Ruiz$/);
    expect(await page.getByRole("button", { name: "Download .eml" }).count()).toBe(0);
    expect(await page.getByLabel("Subject").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Open in mail app" }).count()).toBe(0);
    await page.locator(".findings, .save-line").first().waitFor();
    await screenshot(page, "50-draft-letter");
    expect(await seriousViolations(page)).toEqual([]);

    // The PDF is the letter as on screen, read back by poppler.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .pdf" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("thank-you-email-dana-whitfield.pdf");
    const text = pdftotext(await download.path());
    for (const line of [
      "Ana Ruiz",
      "12 Mill Lane",
      "Leeds LS1 4AB",
      "20 November 2026",
      "Head of Data",
      "1 Wharf Street",
      "Manchester M1 2AB",
      "Dear Dana,",
    ])
      expect(text).toContain(line);

    // The choice is the draft's: it is a letter again after a reload.
    await page.reload();
    await message.waitFor();
    expect(await page.getByLabel("Channel").inputValue()).toBe("letter");
    await page.getByRole("button", { name: "Download .pdf" }).waitFor();

    // Edited, the switch back asks first; "Keep" keeps the letter and the edit.
    await message.press("Control+End");
    await message.pressSequentially("\nP.S. Thank you for the tour.");
    await page.getByLabel("Channel").selectOption("email");
    const ask = page.getByRole("alert").filter({ hasText: "replaces your edits" });
    await ask.waitFor();
    await screenshot(page, "51-draft-letter-switch-asks");
    await page.getByRole("button", { name: "Keep my letter text" }).click();
    expect(await ask.count()).toBe(0);
    expect(await page.getByLabel("Channel").inputValue()).toBe("letter");
    expect(await message.inputValue()).toContain("P.S. Thank you for the tour.");

    // Agreed: an email again, with its subject and .eml, the letter's blocks gone.
    await page.getByLabel("Channel").selectOption("email");
    await page.getByRole("button", { name: "Write it as an email" }).click();
    await page.getByRole("button", { name: "Download .eml" }).waitFor();
    expect(await page.getByLabel("Subject").inputValue()).toBe(
      "Thank you for the Data Engineer interview",
    );
    const email = await message.inputValue();
    expect(email.startsWith("Dear Dana,")).toBe(true);
    expect(email).not.toContain("12 Mill Lane");
    expect(email).not.toContain("P.S.");
    await screenshot(page, "52-draft-email-again");
  }, 90_000);
});
