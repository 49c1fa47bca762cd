import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

const CARD = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Dana Whitfield",
  "TITLE:VP Data",
  "EMAIL:dana@acme.example",
  "TEL:+1 312 555 0100",
  "END:VCARD",
  "",
].join("\r\n");

describe("merging a card and correcting a follow-up in the CLI", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-merge-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: "2026-11-20T23:00:00Z" };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("contact import merges into the person typed in and lists the conflict; contact edit --interview sets and clears the agreed follow-up (R4, R12)", async () => {
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
    const typed = await runCli(
      [
        "contact",
        "add",
        "--interview",
        interviewId,
        "--name",
        "Dana Whitfield",
        "--title",
        "Head of Data",
        "--json",
      ],
      env,
    );
    const danaId = typed.json<{ id: string }>().id;

    const file = join(dir, "dana.vcf");
    writeFileSync(file, CARD);
    const imported = await runCli(["contact", "import", file, "--interview", interviewId], env);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(
      "Dana Whitfield: added email dana@acme.example, phone +1 312 555 0100; 1 to choose (Title)",
    );
    expect(imported.stdout).toContain(
      `Title: kept "Head of Data"; the card says "VP Data" (contact edit ${danaId} to use it)`,
    );
    const people = await runCli(["contact", "list"], env);
    expect(people.stdout.trim().split("\n")).toHaveLength(1);

    const agreed = await runCli(
      [
        "contact",
        "edit",
        danaId,
        "--interview",
        interviewId,
        "--follow-up-on",
        "2026-11-30",
        "--follow-up-via",
        "phone",
      ],
      env,
    );
    expect(agreed.stderr).toBe("");
    expect(agreed.stdout).toContain("Saved Dana Whitfield; follow up on 2026-11-30 via phone");
    const plan = await runCli(["plan", interviewId], env);
    expect(plan.stdout).toContain("2026-11-30");

    const past = await runCli(
      ["contact", "edit", danaId, "--interview", interviewId, "--follow-up-on", "2026-11-02"],
      env,
    );
    expect(past.code).toBe(2);
    expect(past.stderr).toContain("already past");
    const noInterview = await runCli(
      ["contact", "edit", danaId, "--follow-up-on", "2026-12-01"],
      env,
    );
    expect(noInterview.code).toBe(2);

    const cleared = await runCli(
      [
        "contact",
        "edit",
        danaId,
        "--interview",
        interviewId,
        "--no-follow-up",
        "--title",
        "VP Data",
      ],
      env,
    );
    expect(cleared.stderr).toBe("");
    expect(cleared.stdout).toContain("Saved Dana Whitfield; no follow-up agreed");
    const shown = await runCli(["contact", "show", danaId], env);
    expect(shown.stdout).toContain("Dana Whitfield, VP Data");
    expect(shown.stdout).not.toContain("follow up on");
  }, 180_000);
});
