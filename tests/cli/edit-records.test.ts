import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

describe("correcting and deleting records in the CLI", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-edit-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: "2026-11-20T23:00:00Z" };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("interview edit, note edit, note delete and trash restore confirm what they did", async () => {
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

    const edited = await runCli(
      ["interview", "edit", interviewId, "--timeline", "hmm, they were vague"],
      env,
    );
    expect(edited.stderr).toBe("");
    expect(edited.stdout).toContain('hear back "hmm, they were vague" (no date in it');

    const note = await runCli(
      [
        "note",
        "add",
        "--interview",
        interviewId,
        "--kind",
        "highlight",
        "--json",
        "Talked",
        "about",
        "dbt",
      ],
      env,
    );
    const noteId = note.json<{ id: string }>().id;
    const fixed = await runCli(
      ["note", "edit", noteId, "--text", "Talked about dbt and Kafka"],
      env,
    );
    expect(fixed.stdout).toContain("Talked about dbt and Kafka");

    const deleted = await runCli(["note", "delete", noteId], env);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain(`undo: followthrough trash restore ${noteId}`);
    const listed = await runCli(["trash", "list"], env);
    expect(listed.stdout).toContain("Talked about dbt and Kafka");
    const restored = await runCli(["trash", "restore", noteId], env);
    expect(restored.stdout).toContain("Restored Note:");
    expect((await runCli(["trash", "list"], env)).stdout).toContain("Nothing was deleted.");

    const person = await runCli(
      ["contact", "add", "--interview", interviewId, "--name", "Raj Patel", "--json"],
      env,
    );
    const rajId = person.json<{ id: string }>().id;
    const raj = await runCli(
      ["contact", "edit", rajId, "--phone", "+1 555 0100", "--agreed-to-connect", "--json"],
      env,
    );
    expect(raj.json()).toMatchObject({
      name: "Raj Patel",
      phone: "+1 555 0100",
      agreedToConnect: true,
    });
    expect((await runCli(["contact", "edit", rajId, "--no-agreed-to-connect"], env)).stdout).toBe(
      "Saved Raj Patel; the plan follows.\n",
    );

    const bad = await runCli(["note", "edit", noteId, "--kind", "gossip"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Kind: is not one of the choices");
  }, 120_000);
});
