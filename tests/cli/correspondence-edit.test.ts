import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

describe("correcting and deleting logged correspondence in the CLI", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-log-edit-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: "2026-11-25T23:00:00Z" };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("log edit and log delete say what they did; a fulfilled thank-you needs --confirm (R25, R26)", async () => {
    const added = await runCli(
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
    expect(added.code).toBe(0);
    const interviewId = added.json<{ id: string }>().id;
    const person = await runCli(
      ["contact", "add", "--interview", interviewId, "--name", "Dana Whitfield", "--json"],
      env,
    );
    const danaId = person.json<{ id: string }>().id;
    const log = async (...args: string[]) =>
      (
        await runCli(
          ["log", "--interview", interviewId, "--channel", "email", "--json", ...args],
          env,
        )
      ).json<{ id: string }>().id;
    const thanks = await log(
      "--direction",
      "out",
      "--contact",
      danaId,
      "--at",
      "2026-11-20T15:30",
      "--subject",
      "Thank you",
    );
    const reply = await log("--direction", "in", "--at", "2026-11-23T10:00", "--subject", "Hi");

    const edited = await runCli(
      ["log", "edit", reply, "--subject", "Panel next week", "--contact", danaId],
      env,
    );
    expect(edited.stderr).toBe("");
    expect(edited.code).toBe(0);
    expect(edited.stdout).toBe(
      `Message ${reply} is now: received email at 2026-11-23T16:00:00.000Z — Panel next week (1 person)\n`,
    );
    const impossible = await runCli(["log", "edit", reply, "--at", "2026-11-31T10:00"], env);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain("is not a real date and time");

    const refused = await runCli(["log", "delete", thanks], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "This message is the Thank-you email to Dana Whitfield (Acme), marked sent; deleting it puts that follow-up back in the plan. Confirm to delete.",
    );
    const deleted = await runCli(["log", "delete", thanks, "--confirm"], env);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain("Deleted Message sent (email): “Thank you”");
    expect(deleted.stdout).toContain("is back in the plan");
    expect(deleted.stdout).toContain(`undo: followthrough trash restore ${thanks}`);
    const restored = await runCli(["trash", "restore", thanks], env);
    expect(restored.stdout).toContain("Restored Message sent (email)");
  }, 180_000);
});
