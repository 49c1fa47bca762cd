import { spawn } from "node:child_process";
import {
  accessSync,
  chmodSync,
  constants,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, type CliResult, runCli } from "../support/run-cli.js";

const NOW = "2026-11-20T23:00:00Z";
const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Runs `command` (a path or a name found on PATH) as a shell would, with no standard input. */
function run(command: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { HOME: process.env.HOME ?? "/tmp", PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code: code ?? -1, stdout, stderr, json: <T>() => JSON.parse(stdout) as T }),
    );
  });
}

describe("the binary as an installed command", () => {
  let root: string;
  let env: Record<string, string>;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "followthrough-installed-"));
    env = { FOLLOWTHROUGH_DATA: join(root, "data"), FOLLOWTHROUGH_NOW: NOW };
    statSync(CLI); // built first (npm run build)
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("runs through a symlink of another name", async () => {
    const link = join(root, "bin", "followthrough");
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(CLI, link);
    const result = await run(process.execPath, [link, "profile", "show"], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Time zone:");
  });

  it("runs from node_modules/.bin by its name, as npm link, npm install and npx set it up", async () => {
    // The layout npm makes: the package linked into node_modules, and a relative bin link to
    // package.json's "bin" file, which npm makes executable.
    const project = join(root, "project");
    const bin = join(project, "node_modules", ".bin");
    mkdirSync(bin, { recursive: true });
    symlinkSync(REPO, join(project, "node_modules", "followthrough"), "dir");
    const target = join(project, "node_modules", "followthrough", relative(REPO, CLI));
    symlinkSync(relative(bin, target), join(bin, "followthrough"));
    try {
      accessSync(CLI, constants.X_OK);
    } catch {
      chmodSync(CLI, 0o755);
    }
    const byName = await run("followthrough", ["interview", "list"], {
      ...env,
      PATH: `${bin}:${process.env.PATH ?? ""}`,
    });
    expect(byName.code, byName.stderr).toBe(0);
    expect(byName.stdout).toContain("No interviews yet");
    // As npx on a system without shebangs runs it: node and the link's path.
    const throughNode = await run(process.execPath, [join(bin, "followthrough"), "--help"], env);
    expect(throughNode.code, throughNode.stderr).toBe(0);
    expect(throughNode.stdout).toContain("Usage: followthrough");
  });

  it("search leaves -word out, as its help says, and still reads its options", async () => {
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
    expect(added.code, added.stderr).toBe(0);
    const interviewId = added.json<{ id: string }>().id;
    for (const text of [
      "They run Kafka on premises.",
      "The Kafka migration is their next project.",
    ]) {
      const note = await runCli(
        ["note", "add", "--interview", interviewId, "--kind", "highlight", text],
        env,
      );
      expect(note.code, note.stderr).toBe(0);
    }
    const help = await runCli(["search", "--help"], env);
    expect(help.stdout).toContain("-exclude");

    const hits = async (args: string[]) => {
      const result = await runCli(["search", "--json", ...args], env);
      expect(result.code, result.stderr).toBe(0);
      return result.json<{ hits: { snippet: string }[] }>().hits.map((h) => h.snippet);
    };
    expect(await hits(["kafka"])).toHaveLength(2);
    expect(await hits(["kafka", "-migration"])).toEqual(["They run «Kafka» on premises."]);
    expect(await hits(["-migration", "kafka"])).toEqual(["They run «Kafka» on premises."]);
    expect(await hits(['"next project"', "-premises"])).toHaveLength(1);
    expect(await hits(["kafka", "-premises", "--limit", "5"])).toHaveLength(1);
    expect(await hits(["kafka", "-premises", "--limit=1"])).toHaveLength(1);
    expect(await hits(["--", "-premises", "kafka"])).toHaveLength(1);

    const human = await runCli(["search", "kafka", "-premises"], env);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/highlight note — Acme {2}\(note nt_\w+, application ap_\w+\)/);

    // A mistyped option is refused, not searched for.
    const typo = await runCli(["search", "kafka", "-premises", "--limt", "5"], env);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown option '--limt'");
  });
});
