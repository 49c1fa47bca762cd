import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

// Every command that writes says, in words, what it did; with --json it prints JSON instead.
describe("every writing command confirms what it did", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-confirm-"));
    env = {
      FOLLOWTHROUGH_DATA: join(dir, "data"),
      FOLLOWTHROUGH_NOW: "2026-11-20T23:00:00Z",
      FOLLOWTHROUGH_SMTP_PASSWORD: "smtp-secret",
      FOLLOWTHROUGH_IMAP_PASSWORD: "imap-secret",
    };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs a command without --json; it must succeed and print the line `expected` matches. */
  async function confirms(args: string[], expected: RegExp, extra: Record<string, string> = {}) {
    const result = await runCli(args, { ...env, ...extra });
    expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
    expect(result.stdout, args.join(" ")).toMatch(expected);
    return result.stdout;
  }
  const file = (name: string) => join(dir, name);
  const captured = (text: string, pattern: RegExp) => (text.match(pattern) ?? [])[1] as string;

  let interviewId: string;

  it("capture: profile, interview, people, notes, mail and events", {
    timeout: 90_000,
  }, async () => {
    await confirms(
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
      ],
      /^Profile saved; plans updated\.\nName: {8}Ana Ruiz/,
    );
    interviewId = captured(
      await confirms(
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
        ],
        /^Added iv_\w+ {2}.*Acme — Data Engineer/,
      ),
      /^Added (iv_\w+)/,
    );
    const contactId = captured(
      await confirms(
        [
          "contact",
          "add",
          "--interview",
          interviewId,
          "--name",
          "Dana Whitfield",
          "--email",
          "dana@acme.example",
        ],
        new RegExp(`^Added ct_\\w+ {2}Dana Whitfield \\(interviewer\\).* to ${interviewId}\\n$`),
      ),
      /^Added (ct_\w+)/,
    );
    writeFileSync(
      file("card.vcf"),
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Omar Reyes\r\nEMAIL:omar@acme.example\r\nEND:VCARD\r\n",
    );
    await confirms(
      ["contact", "import", file("card.vcf"), "--interview", interviewId],
      /^Imported 1 contact\(s\):\n/,
    );

    const noteId = captured(
      await confirms(
        [
          "note",
          "add",
          "--interview",
          interviewId,
          "--contact",
          contactId,
          "--kind",
          "highlight",
          "Her team moved to dbt",
        ],
        new RegExp(
          `^Added note nt_\\w+ to ${interviewId}: \\[highlight\\] Her team moved to dbt\\n$`,
        ),
      ),
      /^Added note (nt_\w+)/,
    );
    await confirms(
      ["note", "edit", noteId, "--text", "Her team moved to dbt last spring"],
      new RegExp(`^Note ${noteId} is now: \\[highlight\\] Her team moved to dbt last spring`),
    );
    const trashId = captured(
      await confirms(
        ["note", "delete", noteId],
        /^Deleted .*\n {2}undo: followthrough trash restore /,
      ),
      /trash restore (\S+)/,
    );
    await confirms(["trash", "restore", trashId], /^Restored /);

    await confirms(
      [
        "log",
        "--interview",
        interviewId,
        "--direction",
        "in",
        "--channel",
        "email",
        "--contact",
        contactId,
        "--subject",
        "Next steps",
        "--body",
        "We will be in touch.",
      ],
      /^Logged cr_\w+: received email at .* — Next steps \(1 person\)\n$/,
    );
    await confirms(
      [
        "event",
        "call",
        "--interview",
        interviewId,
        "--timeline",
        "by December 15",
        "--note",
        "Recruiter called",
      ],
      new RegExp(
        `^Recorded call on ${interviewId}; the plan is updated\\.\nThey decide: "by December 15" \\(2026-12-15\\)`,
      ),
    );
    await confirms(
      ["company", "set", "Acme", "--country", "US"],
      /^co_\w+ {2}Acme: .*plans updated\./,
    );
  });

  it("export and import", { timeout: 60_000 }, async () => {
    await confirms(
      ["export", "-o", file("backup.json")],
      /^Exported 1 interview\(s\), 2 contact\(s\), 1 note\(s\) and 1 message\(s\) to .*backup\.json \(json\)\.\n$/,
    );
    expect(JSON.parse(readFileSync(file("backup.json"), "utf8")).interviews).toHaveLength(1);
    await confirms(
      ["export", "--format", "csv", "-o", file("people.csv")],
      /people\.csv \(csv\)\.\n$/,
    );
    // --json stays machine-readable: the summary as JSON, nothing else.
    const summary = await runCli(["export", "-o", file("again.json"), "--json"], env);
    expect(summary.code, summary.stderr).toBe(0);
    expect(summary.json()).toEqual({
      file: file("again.json"),
      format: "json",
      interviews: 1,
      contacts: 2,
      notes: 1,
      correspondence: 1,
    });
    // Without -o the export itself is the output.
    const toStdout = await runCli(["export"], env);
    expect(JSON.parse(toStdout.stdout).format).toBe("followthrough-export");
    await confirms(["import", file("backup.json")], /^Imported 1 interview\(s\), 2 contact\(s\)/, {
      FOLLOWTHROUGH_DATA: join(dir, "other"),
    });
  });

  it("calendar, saved mail and the mail servers", { timeout: 60_000 }, async () => {
    await confirms(
      ["calendar", "export", "-o", file("plan.ics")],
      /^Wrote .*plan\.ics: 1 interview\(s\)/,
    );
    await confirms(["calendar", "rotate"], /^New feed address\./);

    writeFileSync(
      file("mail.eml"),
      "From: Dana Whitfield <dana@acme.example>\r\nTo: ana@example.com\r\nSubject: Thanks\r\nMessage-ID: <m1@acme.example>\r\nDate: Fri, 20 Nov 2026 22:00:00 +0000\r\n\r\nThank you for coming in.\r\n",
    );
    await confirms(
      ["import-mail", file("mail.eml")],
      /^1 message\(s\) in .*mail\.eml \(eml\): 1 logged/,
    );

    await confirms(
      ["smtp", "set", "--host", "smtp.example.com", "--port", "587", "--user", "ana"],
      /^SMTP set: ana @ smtp\.example\.com:587/,
    );
    await confirms(
      ["imap", "set", "--host", "imap.example.com", "--user", "ana"],
      /^Mailbox set: ana at imap\.example\.com:993/,
    );
  });

  it("templates, drafts and the follow-ups", { timeout: 60_000 }, async () => {
    const template = await runCli(["template", "show", "thank-you-email", "--json"], env);
    writeFileSync(file("template.txt"), template.json<{ text: string }>().text);
    await confirms(
      ["template", "edit", "thank-you-email", "--file", file("template.txt")],
      /^Saved template thank-you-email\./,
    );
    await confirms(["template", "reset", "thank-you-email"], /built-in text again\./);

    const plan = await runCli(["plan", interviewId, "--json"], env);
    const open = plan
      .json<{ actions: { id: string; status: string }[] }>()
      .actions.filter((a) => a.status === "planned")
      .map((a) => a.id);
    expect(open.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = open;
    if (!first || !second || !third) throw new Error("three open follow-ups expected");
    await confirms(["draft", first, "-o", file("draft.txt")], /^Wrote .*draft\.txt/);
    expect(existsSync(file("draft.txt"))).toBe(true);
    await confirms(["done", first], new RegExp(`^Done: ${first} `));
    await confirms(
      ["skip", second, "--reason", "said on the call"],
      new RegExp(`^Skipped: ${second} `),
    );
    await confirms(
      ["snooze", third, "--until", "2026-12-20"],
      new RegExp(`^Snoozed ${third} until`),
    );
  });
});
