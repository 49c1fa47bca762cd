import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, screenshot, seriousViolations } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

/** The parser's fixtures (issue 15), chosen in the file picker as a phone would send them. */
const fixture = (name: string) =>
  readFileSync(new URL(`../../src/core/vcard/fixtures/${name}`, import.meta.url));

run("importing a phone book with bad entries, on a 375 px phone", () => {
  const app = usePhoneApp({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });

  it("lists the nameless cards and imports nothing; 'Import the others' imports the rest and lists what was skipped; a Windows-1251 file reads exactly", async () => {
    const { server, page } = app;
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    const { interview } = await api.addInterview({
      company: "Globex",
      role: "Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });

    await page.goto(`${server.url}capture/${interview.id}`);
    await page.getByRole("heading", { name: "People" }).waitFor();
    await page.setInputFiles("#vcard", {
      name: "phone-book.vcf",
      mimeType: "text/vcard",
      buffer: fixture("phone-book-cr-cr-lf.vcf"),
    });
    const refusal = page.getByRole("alert");
    await refusal
      .getByText(
        "Nothing was imported: 2 entries of the file cannot be imported (the other cards can).",
      )
      .waitFor();
    await refusal.getByText("Card 2, line 8").waitFor();
    await refusal.getByText("Card 3, line 12").waitFor();
    expect(await api.listContacts()).toEqual([]);
    await screenshot(page, "40-vcard-bad-entries-listed");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Import the others, skip these entries" }).click();
    await page
      .getByText(
        "Imported Dana Whitfield, Amara Okafor. Merged into people already here: Dana Whitfield. Skipped 2 entries (listed below).",
      )
      .waitFor();
    const skipped = page.getByRole("region", { name: "Not imported" });
    await skipped.getByText(/^Card 2 \(line 8\): the card has neither FN nor N/).waitFor();
    await page.getByRole("heading", { name: "Amara Okafor", exact: true }).waitFor();
    expect((await api.listContacts()).map((c) => c.name).sort()).toEqual([
      "Amara Okafor",
      "Dana Whitfield",
    ]);
    await skipped.scrollIntoViewIfNeeded();
    await screenshot(page, "41-vcard-others-imported");
    expect(await seriousViolations(page)).toEqual([]);

    await page.setInputFiles("#vcard", {
      name: "contacts.vcf",
      mimeType: "text/vcard",
      buffer: fixture("phone-21-windows-1251.vcf"),
    });
    await page.getByRole("heading", { name: "Анна Сергеевна Соколова", exact: true }).waitFor();
    await page.getByText(/was read as windows-1251 \(a guess\)/).waitFor();
    await screenshot(page, "42-vcard-cyrillic-guessed");
  }, 120_000);
});
