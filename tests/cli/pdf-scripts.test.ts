import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { showPlan } from "../../src/use-cases/planning/show-plan.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { runCli } from "../support/run-cli.js";
import { openTestStore, type TestStore } from "../support/test-store.js";

// R8, R10: a card or letter prints every name as written, in any script. The PDF is read back
// by poppler's pdftotext (an independent reader, installed by scripts/install-system-deps.sh).

const JAPANESE = [
  "山田花子様",
  "",
  "本日は面接の機会をいただき、誠にありがとうございました。",
  "データ基盤の移行についてのお話がとても印象に残りました。",
  "王小明さんと김민준さんにもよろしくお伝えください。",
  "",
  "アナ・ルイス",
].join("\n");
const LATIN = [
  "Dear Dana,",
  "",
  "Thank you for the conversation about moving the warehouse to dbt; Zoë Ångström's",
  "question on testing stayed with me.",
  "",
  "Ana Ruiz",
].join("\n");

function pdftotext(file: string): string {
  const run = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  if (run.error) throw new Error(`pdftotext is missing: run scripts/install-system-deps.sh`);
  return run.stdout.replace(/\s+/g, "");
}

describe("PDF cards in Japanese, Chinese and Korean (CLI, built binary)", () => {
  let t: TestStore;
  let card: string;
  beforeAll(async () => {
    t = await openTestStore("sqlite", "2026-11-20T22:00:00.000Z");
    await setProfile(t.ctx, { name: "Ana Ruiz", email: "ana@example.org", sendCard: true });
    const { interview } = await addInterview(t.ctx, {
      company: "Ōkami KK",
      role: "Data Engineer",
      at: "2026-11-20T10:00",
      timeZone: "Asia/Tokyo",
    });
    await addContact(t.ctx, {
      interviewId: interview.id,
      name: "山田花子",
      email: "h@okami.example",
    });
    const action = (await showPlan(t.ctx, interview.id)).find((a) => a.channel === "card");
    if (!action) throw new Error("no card in the plan");
    card = action.id;
  });
  afterAll(async () => t.cleanup());

  const render = async (name: string, body: string, json = false) => {
    const dir = t.env.FOLLOWTHROUGH_DATA as string;
    writeFileSync(join(dir, `${name}.txt`), body);
    const file = join(dir, `${name}.pdf`);
    const args = [
      "draft",
      card,
      "--format",
      "pdf",
      "-o",
      file,
      "--body-file",
      join(dir, `${name}.txt`),
    ];
    const run = await runCli(json ? [...args, "--json"] : args, t.env);
    return { run, file };
  };

  it("prints the Japanese letter, and the Chinese and Korean names in it, as text a reader gets back", async () => {
    const { run, file } = await render("japanese", JAPANESE);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const text = pdftotext(file);
    for (const line of JAPANESE.split("\n")) expect(text).toContain(line.replace(/\s+/g, ""));
    expect(text).toContain("王小明");
    expect(text).toContain("김민준");
    // Subset-embedded: the CJK font's few glyphs, not its megabytes.
    const latin = await render("latin", LATIN);
    expect(pdftotext(latin.file)).toContain("Zoë");
    const sizes = { japanese: statSync(file).size, latin: statSync(latin.file).size };
    console.log(`PDF card: Japanese ${sizes.japanese} B, Latin ${sizes.latin} B`);
    expect(sizes.japanese).toBeLessThan(150_000);
    // Latin text keeps today's font alone.
    expect(readFileSync(latin.file, "latin1").match(/\/FontFile2/g)?.length).toBe(1);
  });

  it("says which characters no installed font has, on standard error and in --json, instead of printing boxes in silence", async () => {
    const body = `${LATIN}\n𓀀 𓂀`;
    const { run } = await render("hieroglyphs", body);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Warning: 2 character\(s\) .* empty boxes .*"𓀀" \(U\+13000\)/);
    const json = await render("hieroglyphs-json", body, true);
    expect(json.run.json<{ missingGlyphs: string[] }>().missingGlyphs).toEqual(["𓀀", "𓂀"]);
  });
});
