import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";
import { canReachPostgres, openTestStore, type TestStore } from "../support/test-store.js";

const NOW = "2026-11-20T23:00:00Z";

describe("the followthrough binary on SQLite", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-cli-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: NOW };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("captures an interview end to end with --json", async () => {
    const profile = await runCli(
      [
        "profile",
        "set",
        "--name",
        "Ana Ruiz",
        "--email",
        "ana@example.com",
        "--phone",
        "+1 555 0100",
        "--timezone",
        "America/New_York",
        "--country",
        "US",
        "--region",
        "NY",
        "--json",
      ],
      env,
    );
    expect(profile.code).toBe(0);
    expect(profile.json<{ timeZone: string; region: string }>()).toMatchObject({
      timeZone: "America/New_York",
      region: "NY",
    });

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
        "--format",
        "video",
        "--location",
        "Zoom",
        "--json",
      ],
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    const interview = added.json<{ id: string; startsAt: string; timeZone: string }>();
    expect(interview.id).toMatch(/^iv_/);
    expect(interview.startsAt).toBe("2026-11-20T20:00:00.000Z");

    const contact = await runCli(
      [
        "contact",
        "add",
        "--interview",
        interview.id,
        "--name",
        "Dana Whitfield",
        "--email",
        "dana@acme.example",
        "--role",
        "hiring-manager",
        "--title",
        "Head of Data",
        "--agreed-to-connect",
        "--json",
      ],
      env,
    );
    expect(contact.code, contact.stderr).toBe(0);
    const dana = contact.json<{ id: string; name: string; agreedToConnect: boolean }>();
    expect(dana).toMatchObject({ name: "Dana Whitfield", agreedToConnect: true });

    const note = await runCli(
      [
        "note",
        "add",
        "--interview",
        interview.id,
        "--contact",
        dana.id,
        "--kind",
        "highlight",
        "Her",
        "team",
        "migrated",
        "to",
        "dbt",
        "--json",
      ],
      env,
    );
    expect(note.code, note.stderr).toBe(0);
    expect(note.json<{ id: string; text: string }>().text).toBe("Her team migrated to dbt");

    const vcf = join(dir, "cards.vcf");
    writeFileSync(
      vcf,
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoë Ångström\r\nEMAIL:zoe@acme.example\r\nEND:VCARD\r\n",
    );
    const imported = await runCli(
      ["contact", "import", vcf, "--interview", interview.id, "--json"],
      env,
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.json<{ people: { name: string }[] }>().people.map((c) => c.name)).toEqual([
      "Zoë Ångström",
    ]);

    const logged = await runCli(
      [
        "log",
        "--interview",
        interview.id,
        "--direction",
        "out",
        "--channel",
        "email",
        "--contact",
        dana.id,
        "--subject",
        "Thank you",
        "--body",
        "Dear Dana, thank you.",
        "--json",
      ],
      env,
    );
    expect(logged.code, logged.stderr).toBe(0);
    expect(logged.json<{ id: string }>().id).toMatch(/^cr_/);

    const shown = await runCli(["interview", "show", interview.id, "--json"], env);
    const detail = shown.json<{
      contacts: { name: string }[];
      notes: unknown[];
      correspondence: unknown[];
    }>();
    expect(detail.contacts.map((c) => c.name)).toEqual(["Dana Whitfield", "Zoë Ångström"]);
    expect(detail.notes).toHaveLength(1);
    expect(detail.correspondence).toHaveLength(1);

    const list = await runCli(["interview", "list"], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("Acme — Data Engineer");
  });

  it.each([
    [
      [
        "interview",
        "add",
        "--company",
        "X",
        "--role",
        "Y",
        "--at",
        "2026-11-20T14:00",
        "--tz",
        "Mars/Base",
      ],
      "tz",
    ],
    [
      [
        "interview",
        "add",
        "--company",
        "X",
        "--role",
        "Y",
        "--at",
        "2026-02-31T14:00",
        "--tz",
        "UTC",
      ],
      "at",
    ],
    [["contact", "add", "--interview", "iv_unknown", "--name", "X"], "interview"],
    [["note", "add", "--interview", "iv_unknown", "--kind", "gossip", "hello"], "kind"],
    [["profile", "set", "--max-unanswered", "lots"], "max-unanswered"],
  ])("refuses %j with exit code 2, naming the field, writing nothing", async (args, field) => {
    const before = await runCli(["export", "--format", "json"], env);
    const result = await runCli([...args, "--json"], env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const error = JSON.parse(result.stderr) as { error: { field: string; message: string } };
    expect(error.error.field).toBe(field);
    const after = await runCli(["export", "--format", "json"], env);
    expect(after.stdout).toBe(before.stdout);
  });

  it("exits 2 on a missing required flag", async () => {
    const result = await runCli(["interview", "add", "--company", "X"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--role/);
  });

  it("refuses a malformed vCard and a partial JSON import, writing nothing", async () => {
    const before = await runCli(["export"], env);
    const interviewId = JSON.parse(before.stdout).interviews[0].id as string;
    const vcf = join(dir, "broken.vcf");
    writeFileSync(vcf, "BEGIN:VCARD\nVERSION:3.0\nFN:Half a card\n");
    const bad = await runCli(["contact", "import", vcf, "--interview", interviewId], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/END:VCARD|line/i);
    const partial = join(dir, "partial.json");
    writeFileSync(partial, before.stdout.slice(0, Math.floor(before.stdout.length / 2)));
    const imp = await runCli(["import", partial], env);
    expect(imp.code).toBe(2);
    expect(imp.stderr).toMatch(/not valid JSON/);
    expect((await runCli(["export"], env)).stdout).toBe(before.stdout);
  });

  it("exports csv and json, and the json imports into an empty store identically", async () => {
    const out = join(dir, "export.json");
    expect((await runCli(["export", "--format", "json", "-o", out], env)).code).toBe(0);
    const csv = await runCli(["export", "--format", "csv"], env);
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^company,role,/);
    expect(csv.stdout).toContain("Zoë Ångström");
    const other = mkdtempSync(join(tmpdir(), "followthrough-cli-empty-"));
    try {
      const imported = await runCli(["import", out, "--json"], {
        ...env,
        FOLLOWTHROUGH_DATA: other,
      });
      expect(imported.code, imported.stderr).toBe(0);
      const again = await runCli(["export", "--format", "json"], {
        ...env,
        FOLLOWTHROUGH_DATA: other,
      });
      expect(again.stdout).toBe(readFileSync(out, "utf8"));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("the followthrough binary on PostgreSQL (DATABASE_URL)", () => {
  let t: TestStore | undefined;
  beforeAll(async () => {
    if (await canReachPostgres()) t = await openTestStore("postgres");
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("uses PostgreSQL when DATABASE_URL is set", async (context) => {
    if (!t) return context.skip();
    const env = { ...t.env, FOLLOWTHROUGH_NOW: NOW };
    const added = await runCli(
      [
        "interview",
        "add",
        "--company",
        "PgCo",
        "--role",
        "DBA",
        "--at",
        "2026-11-19T10:00",
        "--tz",
        "Europe/London",
        "--json",
      ],
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    const rows = await t.store.db.selectFrom("interviews").select("id").execute();
    expect(rows.map((r) => r.id)).toEqual([added.json<{ id: string }>().id]);
  });
});
