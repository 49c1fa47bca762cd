import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startBuiltServer } from "../e2e/start-server.js";
import { runCli } from "../support/run-cli.js";

const NOW = "2026-11-20T23:00:00Z";
const COMPANIES = ["Acme", "Birch Analytics", "Cedar & Co"];

describe("the CLI and the running server writing to one SQLite file at once", () => {
  let dir: string;
  let env: Record<string, string>;
  let server: RunningApp;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-writers-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: NOW };
    server = await startBuiltServer(env);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("loses no request and no command to 'database is locked'", async () => {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(new URL(path, server.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: res.status, text: await res.text() };
    };
    const http = Array.from({ length: 60 }, async (_, i) => {
      const added = await post("/api/interviews", {
        company: COMPANIES[i % 3],
        role: `Web role ${i % 5}`,
        at: "2026-11-19T14:00",
        timeZone: "America/Chicago",
      });
      if (added.status !== 201) return [added];
      const id = JSON.parse(added.text).interview.id as string;
      return [added, await post(`/api/interviews/${id}/contacts`, { name: `Web person ${i}` })];
    });
    const cli = Array.from({ length: 12 }, (_, i) =>
      runCli(
        [
          "interview",
          "add",
          "--company",
          COMPANIES[i % 3] as string,
          "--role",
          `CLI role ${i % 4}`,
          "--at",
          "2026-11-18T10:00",
          "--tz",
          "America/New_York",
          "--json",
        ],
        env,
      ),
    );
    const [replies, commands] = await Promise.all([Promise.all(http), Promise.all(cli)]);
    const failed = replies.flat().filter((r) => r.status !== 201);
    expect(failed.map((r) => `${r.status} ${r.text}`)).toEqual([]);
    expect(commands.filter((c) => c.code !== 0).map((c) => c.stderr)).toEqual([]);

    const listed = await runCli(["interview", "list", "--json"], env);
    expect(listed.code).toBe(0);
    expect(listed.json<unknown[]>()).toHaveLength(72);
  }, 240_000);
});
