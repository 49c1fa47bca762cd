import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

describe("draft --body-file: the user's edited text through the binary", () => {
  let dir: string;
  let env: Record<string, string>;
  let actionId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-draft-edits-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: "2026-11-20T23:00:00Z" };
    await runCli(
      ["profile", "set", "--name", "Ana Ruiz", "--email", "ana@example.com", "--country", "US"],
      env,
    );
    const added = await runCli(
      [
        ...["interview", "add", "--company", "Acme", "--role", "Data Engineer"],
        ...["--at", "2026-11-20T14:00", "--tz", "America/Chicago", "--json"],
      ],
      env,
    );
    const interviewId = added.json<{ id: string }>().id;
    await runCli(
      [
        ...["contact", "add", "--interview", interviewId, "--name", "Dana Whitfield"],
        ...["--email", "dana@acme.example", "--role", "hiring-manager"],
      ],
      env,
    );
    const plan = await runCli(["plan", interviewId, "--json"], env);
    const actions = plan.json<{ actions: { id: string; kind: string }[] }>().actions;
    actionId = actions.find((a) => a.kind === "thank-you-email")?.id as string;
  }, 30_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the edited subject and body as .eml and checks the edited text (R21)", async () => {
    const bodyFile = join(dir, "body.txt");
    const body = "Dear Dana,\n\nThank you for the intervew today.\n\nBest regards,\nAna Ruiz";
    writeFileSync(bodyFile, `${body}\n`);
    const out = join(dir, "out.eml");
    const result = await runCli(
      [
        ...["draft", actionId, "--format", "eml", "--body-file", bodyFile],
        ...["--subject", "Thanks, Dana", "-o", out],
      ],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/R21-spelling\] "intervew"/);
    const parsed = await PostalMime.parse(readFileSync(out));
    expect(parsed.subject).toBe("Thanks, Dana");
    expect(parsed.to?.[0]?.address).toBe("dana@acme.example");
    expect(parsed.text?.replace(/\r\n/g, "\n").trimEnd()).toBe(body);
  });

  it("refuses a subject with a line break, writing nothing (exit 2)", async () => {
    const bodyFile = join(dir, "body.txt");
    writeFileSync(bodyFile, "Dear Dana,\n\nThank you.\n");
    const out = join(dir, "injected.eml");
    const result = await runCli(
      [
        ...["draft", actionId, "--format", "eml", "--body-file", bodyFile],
        ...["--subject", "Hi\r\nBcc: everyone@example.org", "-o", out],
      ],
      env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/field: subject/);
    expect(existsSync(out)).toBe(false);
    const missing = await runCli(["draft", actionId, "--body-file", join(dir, "nope.txt")], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/field: body-file/);
  });

  it("draft --save keeps the text on the server, confirms it, and draft shows it until --discard", async () => {
    const bodyFile = join(dir, "saved.txt");
    const body = "Dear Dana,\n\nThank you for the tour of the data platform today.\n\nAna Ruiz";
    writeFileSync(bodyFile, `${body}\n`);
    const saved = await runCli(
      ["draft", actionId, "--save", "--body-file", bodyFile, "--subject", "Thanks, Dana"],
      env,
    );
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/Saved your text of this draft \(revision 1\)/);
    const shown = await runCli(["draft", actionId, "--json"], env);
    expect(shown.json<{ draft: { subject: string; body: string } }>().draft).toMatchObject({
      subject: "Thanks, Dana",
      body,
    });
    const nothing = await runCli(["draft", actionId, "--save"], env);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/nothing to save/);

    const back = await runCli(["draft", actionId, "--discard"], env);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toMatch(/the draft is the suggested one again/);
    expect(back.stdout).not.toContain("tour of the data platform");
    const composed = await runCli(["draft", actionId, "--json"], env);
    expect(composed.json<{ draft: { body: string } }>().draft.body).not.toContain(
      "tour of the data platform",
    );
  }, 120_000);
});
