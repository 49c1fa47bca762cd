import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";
import {
  startWatchFixtureServer,
  type WatchFixtureServer,
} from "../support/watch-fixture-server.js";

// `watch` on the built binary (R20): a feed added and read, listed, checked again (a 304), and
// what cannot be watched refused or given a status. The fixture server is reached through the
// test-only allow-list; hosted mode refuses it.
describe("watch in the CLI (R20)", () => {
  let dir: string;
  let env: Record<string, string>;
  let server: WatchFixtureServer;
  beforeAll(async () => {
    server = await startWatchFixtureServer();
    dir = mkdtempSync(join(tmpdir(), "followthrough-watch-"));
    env = {
      FOLLOWTHROUGH_DATA: dir,
      FOLLOWTHROUGH_NOW: "2026-11-25T16:00:00Z",
      FOLLOWTHROUGH_WATCH_TEST_ALLOW: "127.0.0.1",
    };
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("adds, lists, checks and removes a feed; refuses what is not a web address", async () => {
    const interview = await runCli(
      [
        "interview",
        "add",
        "--company",
        "Acme",
        "--role",
        "Data Engineer",
        "--at",
        "2026-11-20T14:00",
        "--tz",
        "America/Chicago",
        "--json",
      ],
      env,
    );
    expect(interview.code, interview.stderr).toBe(0);
    const added = await runCli(
      ["watch", "add", "--company", "Acme", `${server.origin}/feeds/press.xml`],
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(
      /^ws_\w+ {2}http:\/\/127\.0\.0\.1:\d+\/feeds\/press\.xml {2}ok\n {2}2 found, 2 new\n$/,
    );
    const sourceId = added.stdout.split(" ")[0] as string;
    const list = await runCli(["watch", "list", "--company", "Acme"], env);
    expect(list.stdout).toContain(
      "news  Acme opens a data centre in Dublin  https://www.acme.example/news/dublin-data-centre",
    );
    const again = await runCli(["watch", "check", sourceId], env);
    expect(again.stdout).toContain("unchanged since the last read");
    const bad = await runCli(["watch", "add", "--company", "Acme", "ftp://acme.example/feed"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Source URL must start with https:// or http://.");
    const hosted = await runCli(["watch", "check", sourceId], {
      ...env,
      FOLLOWTHROUGH_MODE: "hosted",
    });
    expect(hosted.code).toBe(2);
    expect(hosted.stderr).toContain("refused in hosted mode");
    const removed = await runCli(["watch", "remove", sourceId], env);
    expect(removed.stdout).toBe(`No longer watching ${server.origin}/feeds/press.xml.\n`);
  });

  it("draft --news picks the news item a check-in mentions, --no-news clears it; an unknown item is refused", async () => {
    const interview = await runCli(
      [
        "interview",
        "add",
        "--company",
        "Globex",
        "--role",
        "Data Engineer",
        "--at",
        "2026-11-20T14:00",
        "--tz",
        "America/Chicago",
        "--json",
      ],
      env,
    );
    const interviewId = interview.json<{ id: string }>().id;
    await runCli(
      ["contact", "add", "--interview", interviewId, "--name", "Dana Whitfield", "--json"],
      env,
    );
    await runCli(["watch", "add", "--company", "Globex", `${server.origin}/feeds/press.xml`], env);
    const watch = await runCli(["watch", "list", "--company", "Globex", "--json"], env);
    const news = watch.json<{ news: { id: string; title: string; url: string }[] }>().news;
    const [dublin] = news;
    if (!dublin) throw new Error("no news read");
    const plan = await runCli(["plan", interviewId, "--json"], env);
    const actions = plan.json<{ actions: { id: string; kind: string; channel: string }[] }>()
      .actions;
    const checkIn = actions.find((a) => a.kind === "check-in" && a.channel === "email");
    if (!checkIn) throw new Error("no check-in planned");

    const picked = await runCli(["draft", checkIn.id, "--news", dublin.id], env);
    expect(picked.code, picked.stderr).toBe(0);
    expect(picked.stdout).toContain(`This check-in mentions ${dublin.title}.`);
    expect(picked.stdout).toContain(
      `I was also glad to read the news from Globex: ${dublin.title} (${dublin.url}).`,
    );
    const shown = await runCli(["draft", checkIn.id], env);
    expect(shown.stdout).toContain(`${dublin.title} (${dublin.url})`);

    const wrong = await runCli(["draft", checkIn.id, "--news", "wi_unknown"], env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("That news item is not on record");

    const cleared = await runCli(["draft", checkIn.id, "--no-news"], env);
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(cleared.stdout).toContain("This check-in mentions no news item.");
    expect(cleared.stdout).not.toContain("glad to read");
  });
});
