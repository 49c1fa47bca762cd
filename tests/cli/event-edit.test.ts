import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

// Interview Fri 20 Nov 2026, 14:00 in Chicago, "two weeks": the check-in is due Tue 8 Dec. Today
// is Wed 2 Dec; Dana replies that they decide by the 15th, then it turns out to be the 18th.
describe("event reply and event edit in the CLI say what moved (R11, R16)", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-event-edit-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: "2026-12-02T16:00:00Z" };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("records a reply with 'by the 15th', corrects it to the 18th, and refuses a bad correction", async () => {
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
        "--timeline",
        "two weeks",
        "--json",
      ],
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    const interviewId = added.json<{ id: string }>().id;
    const contact = await runCli(
      ["contact", "add", "--interview", interviewId, "--name", "Dana Whitfield", "--json"],
      env,
    );
    expect(contact.code, contact.stderr).toBe(0);
    const danaId = contact.json<{ id: string }>().id;

    const reply = await runCli(
      [
        "event",
        "reply",
        "--interview",
        interviewId,
        "--contact",
        danaId,
        "--timeline",
        "we'll decide by the 15th",
        "--json",
      ],
      env,
    );
    expect(reply.code, reply.stderr).toBe(0);
    const eventId = reply.json<{ event: { id: string } }>().event.id;

    const edited = await runCli(["event", "edit", eventId, "--timeline", "by the 18th"], env);
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toContain('They decide: "by the 18th" (2026-12-18)');
    expect(edited.stdout).toContain(
      'Check-in with Dana Whitfield moved from Thu 17 Dec to Tue 22 Dec: Dana Whitfield replied on Wed 2 Dec that they decide by Fri 18 Dec ("by the 18th").',
    );

    const refused = await runCli(["event", "edit", eventId, "--outcome", "hired"], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Only a decision has an outcome; this event is a reply.");
    const unchanged = await runCli(["event", "edit", eventId, "--note", "two references"], env);
    expect(unchanged.code, unchanged.stderr).toBe(0);
    expect(unchanged.stdout).toContain("Nothing else in the plan moved.");
  }, 60_000);
});
