import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMessage, type SmtpSink, startSmtpSink } from "../delivery/smtp-sink.js";
import { runCli } from "../support/run-cli.js";

// The built binary, as a user runs it: smtp set|test, send (twice), outbox.
describe("followthrough smtp / send / outbox", () => {
  let dir: string;
  let env: Record<string, string>;
  let sink: SmtpSink;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-send-cli-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: "2026-11-20T22:00:00.000Z" };
    sink = await startSmtpSink();
  });
  afterEach(async () => {
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const smtpSet = (password: string, extra: string[] = ["--insecure"]) =>
    runCli(
      [
        "smtp",
        "set",
        "--host",
        "127.0.0.1",
        "--port",
        String(sink.port),
        "--user",
        sink.user,
        "--password",
        password,
        ...extra,
      ],
      env,
    );

  it("sets, tests, sends once and lists the outbox", async () => {
    expect((await smtpSet("wrong")).code).toBe(0);
    const badTest = await runCli(["smtp", "test"], env);
    expect(badTest.code).toBe(1);
    expect(badTest.stderr).toMatch(/refused the user name or password/);

    const set = await smtpSet(sink.password);
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/\(plain\)/);
    expect(set.stdout).not.toContain(sink.password);
    expect((await runCli(["smtp", "test"], env)).stdout).toMatch(/SMTP works/);

    await runCli(
      [
        "profile",
        "set",
        "--name",
        "Ana Ruiz",
        "--email",
        "ana@example.org",
        "--timezone",
        "America/New_York",
      ],
      env,
    );
    const interview = await runCli(
      [
        "interview",
        "add",
        "--company",
        "Acme",
        "--role",
        "Data Engineer",
        "--at",
        "2026-11-20T10:00",
        "--tz",
        "America/New_York",
        "--json",
      ],
      env,
    );
    const interviewId = interview.json<{ id: string }>().id;
    await runCli(
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
      ],
      env,
    );
    const plan = await runCli(["plan", interviewId, "--json"], env);
    const action = plan
      .json<{ actions: { id: string; kind: string }[] }>()
      .actions.find((a) => a.kind === "thank-you-email");
    expect(action).toBeDefined();

    const sent = await runCli(["send", action?.id ?? "", "--at", "now", "--json"], env);
    expect(sent.code).toBe(0);
    const entry = sent.json<{ state: string; messageId: string; created: boolean }>();
    expect(entry).toMatchObject({ state: "sent", created: true });
    expect(sink.accepted).toHaveLength(1);
    expect((await parseMessage(sink.accepted[0]?.raw ?? "")).messageId).toBe(
      `<${entry.messageId}>`,
    );

    const again = await runCli(["send", action?.id ?? "", "--at", "now"], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Already queued before; nothing new was sent/);
    expect(sink.accepted).toHaveLength(1);

    const outbox = await runCli(["outbox", "--json"], env);
    const entries = outbox.json<{ entries: { state: string; raw?: string }[] }>().entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]?.state).toBe("sent");
    expect(entries[0]?.raw).toBeUndefined();
  });

  it("refuses a plain connection without --insecure to a server that offers no TLS", async () => {
    expect((await smtpSet(sink.password, [])).code).toBe(0);
    const test = await runCli(["smtp", "test"], env);
    expect(test.code).toBe(1);
    expect(test.stderr).toMatch(/SMTP test of 127\.0\.0\.1:\d+ \(starttls\) failed/);
    const bad = await runCli(
      [
        "smtp",
        "set",
        "--host",
        "bad host\r\nX: y",
        "--port",
        "70000",
        "--user",
        "u",
        "--password",
        "p",
      ],
      env,
    );
    expect(bad.code).toBe(2);
  });
});
