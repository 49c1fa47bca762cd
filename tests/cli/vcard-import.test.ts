import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

/** The parser's phone-book fixture (issue 15): CR CR LF, two nameless cards, one person twice. */
const BOOK = fileURLToPath(
  new URL("../../src/core/vcard/fixtures/phone-book-cr-cr-lf.vcf", import.meta.url),
);
const CYRILLIC = fileURLToPath(
  new URL("../../src/core/vcard/fixtures/phone-21-windows-1251.vcf", import.meta.url),
);

describe("contact import of a file with bad entries", () => {
  let dir: string;
  let env: Record<string, string>;
  let interviewId: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-vcard-"));
    env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_NOW: "2026-11-20T23:00:00Z" };
    const added = await runCli(
      [
        "interview",
        "add",
        "--company",
        "Globex",
        "--role",
        "Engineer",
        "--at",
        "2026-11-20T14:00",
        "--tz",
        "America/Chicago",
        "--json",
      ],
      env,
    );
    expect(added.code).toBe(0);
    interviewId = added.json<{ id: string }>().id;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports nothing by default and lists every bad entry by card and line; --skip-invalid imports the others and lists what was skipped", async () => {
    const refused = await runCli(["contact", "import", BOOK, "--interview", interviewId], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      [
        "error: Nothing was imported: 2 entries of the file cannot be imported (the other cards can).",
        "  Card 2, line 8: the card has neither FN nor N, only the email recruiting@globex.example — add FN: with the name as on the card (a name is never made up from an email)",
        "  Card 3, line 12: the card has neither FN nor N — add FN: with the name as on the card",
        "  accepted: a file whose every card has a name (FN or N) and valid fields; or import the cards that can be, and skip these (--skip-invalid, or the app's choice)",
        "",
      ].join("\n"),
    );
    const listed = await runCli(["contact", "list"], env);
    expect(listed.stdout.trim()).toBe("No contacts yet.");

    const skipped = await runCli(
      ["contact", "import", BOOK, "--interview", interviewId, "--skip-invalid"],
      env,
    );
    expect(skipped.code).toBe(0);
    const out = skipped.stdout.trimEnd().split("\n");
    expect(out[0]).toBe("Imported 2 contact(s):");
    expect(out.filter((l) => / {2}Dana Whitfield| {2}Amara Okafor/.test(l))).toHaveLength(2);
    expect(out.slice(-3)).toEqual([
      "Skipped 2 entries:",
      "  Card 2 (line 8): the card has neither FN nor N, only the email recruiting@globex.example — add FN: with the name as on the card (a name is never made up from an email)",
      "  Card 3 (line 12): the card has neither FN nor N — add FN: with the name as on the card",
    ]);
  }, 60_000);

  it("reads a Windows-1251 file that declares no charset, and says the charset was guessed", async () => {
    const imported = await runCli(["contact", "import", CYRILLIC, "--interview", interviewId], env);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("Анна Сергеевна Соколова, Менеджер по персоналу");
    expect(imported.stdout).toContain(
      "Text that declared no character set and is not UTF-8 was read as windows-1251 (guessed)",
    );
  }, 60_000);
});
