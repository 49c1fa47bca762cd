import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import {
  startWatchFixtureServer,
  type WatchFixtureServer,
} from "../support/watch-fixture-server.js";
import { chromiumAvailable, screenshot, seriousViolations } from "./browser.js";
import { usePhoneApp } from "./phone-app.js";

const run = chromiumAvailable() ? describe : describe.skip;

// The company watch on the application page, on a phone (R20): a feed pasted and read, the
// news shown and dismissed; a web page given as a feed says so and names its feed.
run("the company watch on the application page (R20)", () => {
  let fixtures: WatchFixtureServer;
  beforeAll(async () => {
    fixtures = await startWatchFixtureServer();
  });
  afterAll(() => fixtures.close());
  const app = usePhoneApp({
    FOLLOWTHROUGH_NOW: "2026-11-25T16:00:00.000Z",
    FOLLOWTHROUGH_WATCH_TEST_ALLOW: "127.0.0.1",
  });

  it("adds a news feed by its address, shows the latest news, dismisses one; a web page is named as one", async () => {
    const { page, server } = app;
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    const added = await api.addInterview({
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    await page.goto(`${server.url}applications/${added.application.id}`);
    const form = page.getByRole("form", { name: "Watch Acme" });
    await form
      .getByLabel("Careers page or news feed address")
      .fill(`${fixtures.origin}/feeds/press.xml`);
    await form.getByRole("button", { name: "Watch" }).click();
    const news = page.getByRole("list", { name: "Latest news" });
    await news.getByRole("link", { name: "Acme opens a data centre in Dublin" }).waitFor();
    await page.getByRole("list", { name: "Watched sources" }).getByText("Acme Newsroom").waitFor();
    await news
      .getByRole("listitem")
      .filter({ hasText: "third-quarter results" })
      .getByRole("button", { name: "Dismiss" })
      .click();
    await news.getByText("third-quarter results").waitFor({ state: "detached" });

    await form.getByLabel("Careers page or news feed address").fill(`${fixtures.origin}/news`);
    await form.getByRole("button", { name: "Watch" }).click();
    await page
      .getByText(
        `This address is a web page, not a feed. The page names its feed: ${fixtures.origin}/news/feed.xml`,
      )
      .waitFor();
    await screenshot(page, "30-company-watch");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("picks a news item for a check-in on the draft screen: the draft mentions it, and then none", async () => {
    const { page, server } = app;
    const api = createApiClient({ baseUrl: server.url.replace(/\/$/, "") });
    const added = await api.addInterview({
      company: "Globex",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    await api.addContact(added.interview.id, { name: "Dana Whitfield" });
    await api.addWatchSource(added.application.companyId, {
      url: `${fixtures.origin}/feeds/press.xml`,
    });
    const { actions } = await api.getPlan(added.interview.id);
    const checkIn = actions.find((a) => a.kind === "check-in" && a.channel === "email");
    if (!checkIn) throw new Error("no check-in planned");
    await page.goto(`${server.url}actions/${checkIn.id}/draft`);
    const pick = page.getByLabel("Mention Globex's news");
    const { choices } = (await api.getDraft(checkIn.id)).news;
    const dublin = choices.find((c) => c.title === "Acme opens a data centre in Dublin");
    if (!dublin) throw new Error("the news is not offered");
    await expect
      .poll(() => pick.locator(`option[value="${dublin.id}"]`).textContent(), { timeout: 15_000 })
      .toMatch(/^Acme opens a data centre in Dublin \(.*2026\)$/);
    await pick.selectOption(dublin.id);
    const message = page.getByLabel("Message", { exact: true });
    await expect
      .poll(() => message.inputValue(), { timeout: 15_000 })
      .toContain(
        "I was also glad to read the news from Globex: Acme opens a data centre in Dublin",
      );
    await screenshot(page, "31-draft-news-pick");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Mention Globex's news").selectOption("");
    await expect
      .poll(() => message.inputValue(), { timeout: 15_000 })
      .not.toContain("glad to read");
    expect((await api.getDraft(checkIn.id)).news.pickedId).toBeNull();
  });
});
