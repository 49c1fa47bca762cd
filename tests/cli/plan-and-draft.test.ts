import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

interface Action {
  id: string;
  kind: string;
  contactId: string | null;
  channel: string;
  window: { start: string; due: string; late: string; overdue: string };
  dueDate: string;
  rules: string[];
  why: string;
  status: string;
}

describe("plan, agenda, events and drafts through the binary", () => {
  let dir: string;
  let env: Record<string, string>;
  let interviewId: string;
  let dana: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-plan-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: "2026-11-20T23:00:00Z" };
    await runCli(
      [
        "profile",
        "set",
        "--name",
        "Ana Ruiz",
        "--email",
        "ana@example.com",
        "--timezone",
        "America/Chicago",
        "--country",
        "US",
        "--strengths",
        "SQL,dbt",
      ],
      env,
    );
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
    interviewId = added.json<{ id: string }>().id;
    const contact = await runCli(
      [
        "contact",
        "add",
        "--interview",
        interviewId,
        "--name",
        "Dana Whitfield",
        "--email",
        "dana@acme.example",
        "--role",
        "hiring-manager",
        "--json",
      ],
      env,
    );
    dana = contact.json<{ id: string }>().id;
    await runCli(
      [
        "note",
        "add",
        "--interview",
        interviewId,
        "--contact",
        dana,
        "--kind",
        "highlight",
        "Her team moved the warehouse to dbt last spring",
      ],
      env,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the plan as { actions } with every field the issue names", async () => {
    const result = await runCli(["plan", interviewId, "--json"], env);
    expect(result.code, result.stderr).toBe(0);
    const { actions } = result.json<{ actions: Action[] }>();
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) {
      expect(a.id).toMatch(/^act_/);
      expect(a.window.due).toMatch(/[+-]\d{2}:\d{2}$/);
      expect(a.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.rules.length).toBeGreaterThan(0);
      expect(a.why).toMatch(/R\d+/);
    }
    const text = await runCli(["plan", interviewId], env);
    expect(text.stdout).toContain("thank-you-email to Dana Whitfield");
  });

  it("writes the thank-you again as a letter (issue 11): blocks, no subject, a PDF; and back", async () => {
    const agenda = await runCli(["agenda", "--json"], env);
    const thanks = agenda
      .json<{ dueToday: { action: Action }[] }>()
      .dueToday.find((r) => r.action.kind === "thank-you-email");
    expect(thanks).toBeDefined();
    // Kept for the action: `draft` shows the letter until it is switched back.
    const pdf = join(dir, "thanks.pdf");
    const letter = await runCli(
      ["draft", thanks?.action.id as string, "--channel", "letter", "--format", "pdf", "-o", pdf],
      env,
    );
    expect(letter.code, letter.stderr).toBe(0);
    expect(letter.stderr).toContain("Written as a letter.");
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const shown = await runCli(["draft", thanks?.action.id as string, "--json"], env);
    const { draft: asLetter } = shown.json<{
      draft: { channel: string; subject: string | null; body: string; missing: string[] };
    }>();
    expect(asLetter).toMatchObject({ channel: "letter", subject: null });
    expect(asLetter.body).toMatch(
      /^Ana Ruiz\nana@example\.com\n\nNovember 20, 2026\n\nDana Whitfield\nAcme\n\nDear Dana,/,
    );
    expect(asLetter.missing).toContain(
      "Add your postal address to your profile (profile edit --address) for the address block (R10).",
    );
    const cannot = await runCli(
      ["draft", thanks?.action.id as string, "--channel", "linkedin"],
      env,
    );
    expect(cannot.code).toBe(2);
    expect(cannot.stderr).toContain("cannot be written as a LinkedIn note");
    expect(
      (await runCli(["draft", thanks?.action.id as string, "--channel", "email"], env)).code,
    ).toBe(0);
  });

  it("shows the thank-you on the agenda today, then not after it is marked done", async () => {
    const agenda = await runCli(["agenda", "--json"], env);
    const today = agenda.json<{ dueToday: { action: Action }[] }>().dueToday;
    const thanks = today.find((r) => r.action.kind === "thank-you-email");
    expect(thanks).toBeDefined();
    const draft = await runCli(["draft", thanks?.action.id as string], env);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stdout).toContain("Dear Dana,");
    expect(draft.stdout).toContain("how your team moved the warehouse to dbt last spring");

    const eml = join(dir, "thanks.eml");
    expect(
      (await runCli(["draft", thanks?.action.id as string, "--format", "eml", "-o", eml], env))
        .code,
    ).toBe(0);
    const parsed = await PostalMime.parse(readFileSync(eml));
    expect(parsed.to?.[0]?.address).toBe("dana@acme.example");
    expect(parsed.subject).toMatch(/Thank you/);
    expect(parsed.messageId).toMatch(/^<act_/);

    const pdfRefused = await runCli(
      ["draft", thanks?.action.id as string, "--format", "pdf", "-o", join(dir, "x.pdf")],
      env,
    );
    expect(pdfRefused.code).toBe(2);
    expect(pdfRefused.stderr).toMatch(/format/);

    const done = await runCli(["done", thanks?.action.id as string, "--json"], env);
    expect(done.json<Action>().status).toBe("done");
    const after = await runCli(["agenda", "--json"], env);
    expect(
      after
        .json<{ dueToday: { action: Action }[] }>()
        .dueToday.some((r) => r.action.id === thanks?.action.id),
    ).toBe(false);
    const again = await runCli(["done", thanks?.action.id as string], env);
    expect(again.code).toBe(2);
  });

  it("checks text from standard input and exits 1 on an error finding", async () => {
    const bad = await runCli(
      ["check", "--json"],
      env,
      "Dear Dana Whitfeld,\n\nThank you for teh interview.\n",
    );
    expect(bad.code).toBe(1);
    const findings = bad.json<{ rule: string }[]>();
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["R1-name", "R21-spelling"]),
    );
    const file = join(dir, "clean.txt");
    writeFileSync(file, "Dear Dana Whitfield,\n\nThank you for the interview.\n");
    const clean = await runCli(["check", file, "--channel", "card", "--json"], env);
    expect(clean.json<{ severity: string }[]>().filter((f) => f.severity === "error")).toEqual([]);
    expect(clean.code).toBe(0);
  });

  it("refuses a template with an unknown field and keeps the old one", async () => {
    const before = (await runCli(["template", "show", "thank-you-card", "--json"], env)).json<{
      text: string;
    }>();
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "Dear {{recipient.name}}, thanks for {{interview.vibes}}.");
    const result = await runCli(["template", "edit", "thank-you-card", "--file", bad], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/interview\.vibes/);
    const after = (await runCli(["template", "show", "thank-you-card", "--json"], env)).json<{
      text: string;
      edited: boolean;
    }>();
    expect(after.text).toBe(before.text);
    expect(after.edited).toBe(false);
    const good = join(dir, "good.txt");
    writeFileSync(good, "Dear {{recipient.name}}, thank you for your time. {{sender.name}}");
    expect((await runCli(["template", "edit", "thank-you-card", "--file", good], env)).code).toBe(
      0,
    );
    expect(
      (await runCli(["template", "show", "thank-you-card", "--json"], env)).json<{
        edited: boolean;
      }>().edited,
    ).toBe(true);
  });

  it("answers the employer's questions (R23) and refuses an unknown kind", async () => {
    const why = await runCli(["answer", "why-you", "--json"], env);
    expect(why.code, why.stderr).toBe(0);
    expect(why.json<{ answer: string }>().answer).toMatch(/SQL/);
    // Nothing on record supports a range: the sentence is left out and said, never "[your range]".
    const salary = await runCli(["answer", "salary"], env);
    expect(salary.code, salary.stderr).toBe(0);
    expect(salary.stdout).not.toMatch(/\[|\]/);
    expect(salary.stdout).toContain("To make it better:\n  - Give the salary range you researched");
    const unknown = await runCli(["answer", "favourite-colour"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/salary/);
  });

  it("keeps timeline words that give no date (R3), and the plan says what it assumed (R11)", async () => {
    const vague = await runCli(
      [
        "interview",
        "add",
        "--company",
        "B",
        "--role",
        "C",
        "--at",
        "2026-11-19T10:00",
        "--tz",
        "UTC",
        "--timeline",
        "when pigs fly",
        "--json",
      ],
      env,
    );
    expect(vague.code, vague.stderr).toBe(0);
    const added = vague.json<{ id: string; timelineText: string; timelineDate: string | null }>();
    expect([added.timelineText, added.timelineDate]).toEqual(["when pigs fly", null]);
    const { actions } = (await runCli(["plan", added.id, "--json"], env)).json<{
      actions: Action[];
    }>();
    expect(actions.find((a) => a.kind === "check-in")?.why).toContain(
      'you were told "when pigs fly", which gives no date, so assume 10 days',
    );
    const before = await runCli(
      [
        "interview",
        "add",
        "--company",
        "B",
        "--role",
        "C",
        "--at",
        "2026-11-19T10:00",
        "--tz",
        "UTC",
        "--timeline",
        "2026-11-01",
      ],
      env,
    );
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(/before the interview/);
  });

  it("records a decision and refuses one on an unknown interview with exit 2", async () => {
    const bad = await runCli(
      ["event", "decision", "--interview", "iv_nope", "--outcome", "hired"],
      env,
    );
    expect(bad.code).toBe(2);
    const ok = await runCli(
      ["event", "decision", "--interview", interviewId, "--outcome", "rejected", "--json"],
      env,
    );
    expect(ok.code, ok.stderr).toBe(0);
    const { actions } = (await runCli(["plan", interviewId, "--json"], env)).json<{
      actions: Action[];
    }>();
    expect(actions.some((a) => a.kind === "open-positions-inquiry")).toBe(true);
  });
});
