import { describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { chromiumAvailable, SCREENSHOTS, screenshot } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

// Saved with Windows line ends, an emoji with a skin tone (four UTF-16 units), accents, and faults
// after each of them: every mark must sit exactly on its words (issue 11: "ASAP." was marked "AP. ").
const SAVED = [
  "Hi Dana 👋🏽,",
  "",
  "Zoë from the café team said the rollout is faster then planned. Please respond ASAP.",
  "Thank you for you time, and I look forward to here from you — merci, à bientôt.",
  "I realy enjoyed it 🎉 and learned alot.",
].join("\r\n");
const TYPED = " Could you reply ASAP? I definately will.";

interface Mark {
  text: string;
}

run("the draft editor's marks sit on their words, on a 375 px phone", () => {
  const app = usePhoneApp({ FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" });

  it("each highlighted text is the finding's text: CRLF, emoji and accents before it, saved and typed", async () => {
    const api = createApiClient({ baseUrl: app.server.url.replace(/\/$/, "") });
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
    const action = (await api.getPlan(added.interview.id)).actions.find(
      (a) => a.kind === "thank-you-email",
    );
    if (!action) throw new Error("no thank-you email planned");
    await api.saveDraft(action.id, { subject: "Thank you", body: SAVED });

    const { page } = app;
    await page.goto(`${app.server.url}actions/${action.id}/draft`);
    const message = page.getByLabel("Message", { exact: true });
    await message.waitFor();

    const marksMatch = async (expectWords: string[]) => {
      await page.locator(".findings").waitFor();
      const shown = await message.inputValue();
      // What the server finds in exactly the text on screen, checked apart from the page.
      const findings = await api.checkText({
        text: shown,
        actionId: action.id,
        subject: "Thank you",
      });
      const state = (await page.evaluate(`(() => {
        const area = document.querySelector(".editor textarea");
        const back = document.querySelector(".editor .backdrop");
        const a = area.getBoundingClientRect(), b = back.getBoundingClientRect();
        const sa = getComputedStyle(area), sb = getComputedStyle(back);
        return {
          backdrop: back.textContent,
          marks: [...back.querySelectorAll("mark")].map((m) => ({ text: m.textContent })),
          sameBox: a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height,
          sameFont: sa.font === sb.font && sa.padding === sb.padding && sa.letterSpacing === sb.letterSpacing,
          // Laid out alike: as tall (the same line breaks), and each one-line mark as wide as its
          // words in the textarea's own font (a style that pads a mark moves every mark after it).
          heights: [area.scrollHeight, back.scrollHeight],
          widths: (() => {
            const g = document.createElement("canvas").getContext("2d");
            g.font = sa.font;
            return [...back.querySelectorAll("mark")]
              .filter((m) => m.getClientRects().length === 1 && !/[\u{1F000}-\u{1FFFF}]/u.test(m.textContent))
              .map((m) => [m.textContent, Math.round(m.getBoundingClientRect().width), Math.round(g.measureText(m.textContent).width)]);
          })(),
        };
      })()`)) as {
        backdrop: string;
        marks: Mark[];
        sameBox: boolean;
        sameFont: boolean;
        heights: [number, number];
        widths: [string, number, number][];
      };
      // The marks are drawn over the very text of the textarea, in the same box and font.
      expect(state.backdrop).toBe(`${shown}\n`);
      expect(state.sameBox).toBe(true);
      expect(state.sameFont).toBe(true);
      expect(Math.abs(state.heights[0] - state.heights[1])).toBeLessThanOrEqual(2);
      expect(state.widths.length).toBeGreaterThan(3);
      for (const [text, drawn, measured] of state.widths) {
        expect(Math.abs(drawn - measured), `the mark on "${text}"`).toBeLessThanOrEqual(1);
      }
      const marked = state.marks.map((m) => m.text);
      const expected = findings
        .filter((f) => f.end > f.start && f.end - f.start < 40)
        .map((f) => shown.slice(f.start, f.end));
      for (const word of expectWords) expect(marked, JSON.stringify(marked)).toContain(word);
      for (const text of marked) expect(expected).toContain(text);
      return marked;
    };

    const saved = await marksMatch(["then", "Please respond ASAP", "you", "here", "realy", "alot"]);
    expect(saved).not.toContain("AP. ");
    await screenshot(page, "45-draft-highlights-saved");

    await message.press("Control+End");
    await message.pressSequentially(TYPED);
    await page
      .getByText(/definately/)
      .first()
      .waitFor();
    await expect.poll(async () => (await message.inputValue()).endsWith(TYPED)).toBe(true);
    await page.locator("mark", { hasText: "definately" }).waitFor();
    await marksMatch(["Please respond ASAP", "definately", "realy", "bientôt"]);
    await screenshot(page, "46-draft-highlights-typed");
    // The editor alone, large enough to see each mark under its word.
    await page
      .locator(".editor")
      .screenshot({ path: `${SCREENSHOTS}47-draft-highlights-editor.png` });

    // "Add to my words" on a spelling finding: that mark goes at once and for every later check,
    // and the word is in Settings, where it can be taken out.
    await page.getByRole("button", { name: "Add “rollout” to my words" }).click();
    await page.getByText(/Added “rollout” to your words/).waitFor();
    await expect.poll(() => page.locator(".editor mark", { hasText: "rollout" }).count()).toBe(0);
    await page.locator(".editor mark", { hasText: "definately" }).waitFor();
    await marksMatch(["definately"]);
    // R23's answers beside the draft, filled from the profile and the notes.
    await page.getByLabel("Question").selectOption("why-you");
    await page.getByRole("button", { name: "Prepare the answer" }).click();
    const answer = page.getByLabel("Prepared answer");
    await answer.waitFor();
    expect((await answer.textContent())?.length ?? 0).toBeGreaterThan(40);
    await answer.scrollIntoViewIfNeeded();
    await screenshot(page, "49-draft-answers");
    await page.goto(`${app.server.url}settings`);
    const mine = page.getByRole("list", { name: "My words" });
    await mine.getByText("rollout").waitFor();
    await screenshot(page, "48-settings-my-words");
    await page.getByRole("button", { name: "Remove “rollout”" }).click();
    await page.getByText(/Removed “rollout”/).waitFor();
    expect(await api.listWords()).toEqual([]);
  }, 60_000);
});
