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
});
