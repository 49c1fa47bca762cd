import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSecretKey } from "../../src/delivery/smtp/load-secret-key.js";
import { decryptSecret } from "../../src/delivery/smtp/secret-box.js";
import { LOCAL_ACCOUNT_ID, openStore } from "../../src/store/open-store.js";
import { findImapSettings } from "../../src/store/repositories/imap-state.repository.js";
import { findSmtpSettings } from "../../src/store/repositories/smtp-settings.repository.js";
import { openImapPassword } from "../../src/use-cases/mail/imap-password.js";
import { CLI } from "../support/run-cli.js";

// Every process here runs under umask 000, so a mode of 0600 or 0700 is what followthrough asked
// for, not what the environment's umask happened to take away.
const UNDER_UMASK_000 = 'umask 000 && exec "$@"';
const DB = "followthrough.sqlite";
const PASSWORD = "correct horse battery staple";

const modeOf = (path: string) => statSync(path).mode & 0o777;

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number; stdout: string; stderr: string }>;
}

/** The built binary under umask 000, standard input left open for the test to write. */
function start(args: string[], env: Record<string, string>): Run {
  if (!existsSync(CLI)) throw new Error(`Build first (npm run build): ${CLI} is missing.`);
  const child = spawn("/bin/sh", ["-c", UNDER_UMASK_000, "sh", process.execPath, CLI, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => {
    stdout += d.toString("utf8");
  });
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString("utf8");
  });
  const done = new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
  return { child, done };
}

function run(args: string[], env: Record<string, string>, input = "") {
  const started = start(args, env);
  started.child.stdin?.end(input);
  return started.done;
}

/** Output of a child until `pattern` shows in it. */
function waitFor(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`never saw ${pattern}:\n${seen}`)), 90_000);
    const read = (d: Buffer) => {
      seen += d.toString("utf8");
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
  });
}

/** The arguments `ps` shows for `pid`, once the shell has become node. */
async function argvOf(pid: number): Promise<string[]> {
  for (let i = 0; i < 200; i++) {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    if (argv[0] === process.execPath) return argv;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`process ${pid} never became node`);
}

async function storedSmtpPassword(dir: string): Promise<string | null> {
  const store = await openStore({ dataDir: dir });
  try {
    const settings = await findSmtpSettings(store.db, LOCAL_ACCOUNT_ID);
    return settings
      ? decryptSecret(settings.passwordEncrypted, loadSecretKey(dir, {}), LOCAL_ACCOUNT_ID)
      : null;
  } finally {
    await store.close();
  }
}

const SMTP_SET = [
  "smtp",
  "set",
  "--host",
  "smtp.example.org",
  "--port",
  "587",
  "--user",
  "ana@example.org",
];

describe("local privacy of the built binary", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "followthrough-privacy-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates the data directory 0700 and the database, -wal and -shm 0600", async () => {
    const dir = join(root, "fresh", "followthrough");
    const server = start(["serve", "--port", "0"], { FOLLOWTHROUGH_DATA: dir });
    try {
      await waitFor(server.child, /running at http/);
      expect(modeOf(join(root, "fresh"))).toBe(0o700);
      expect(modeOf(dir)).toBe(0o700);
      // The server holds the store open, so SQLite's -wal and -shm files are there.
      for (const file of [DB, `${DB}-wal`, `${DB}-shm`])
        expect([file, modeOf(join(dir, file))]).toEqual([file, 0o600]);
    } finally {
      server.child.kill("SIGTERM");
      await server.done;
    }
  });

  it("takes group and world access away from a database an older version left 0644", async () => {
    const dir = join(root, "older");
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    expect((await run(["agenda"], { FOLLOWTHROUGH_DATA: dir })).code).toBe(0);
    chmodSync(join(dir, DB), 0o644);
    const server = start(["serve", "--port", "0"], { FOLLOWTHROUGH_DATA: dir });
    try {
      await waitFor(server.child, /running at http/);
      for (const file of [DB, `${DB}-wal`, `${DB}-shm`])
        expect([file, modeOf(join(dir, file))]).toEqual([file, 0o600]);
      // A folder the user made is left as they set it; nothing in it is readable by others.
      expect(modeOf(dir)).toBe(0o755);
    } finally {
      server.child.kill("SIGTERM");
      await server.done;
    }
  });

  it("writes `export -o` files 0600, also over a file that was 0666", async () => {
    const dir = join(root, "export");
    const env = { FOLLOWTHROUGH_DATA: dir };
    const fresh = join(root, "fresh-export.json");
    expect((await run(["export", "-o", fresh], env)).code).toBe(0);
    expect(modeOf(fresh)).toBe(0o600);
    expect(JSON.parse(readFileSync(fresh, "utf8"))).toMatchObject({
      format: "followthrough-export",
    });

    const old = join(root, "old-export.csv");
    writeFileSync(old, "stale");
    chmodSync(old, 0o666);
    expect((await run(["export", "--format", "csv", "-o", old], env)).code).toBe(0);
    expect(modeOf(old)).toBe(0o600);
    expect(readFileSync(old, "utf8")).not.toContain("stale");
  });

  it("smtp set --password-stdin reads the password from standard input, never from argv", async () => {
    const dir = join(root, "smtp-stdin");
    const args = [...SMTP_SET, "--password-stdin"];
    const started = start(args, { FOLLOWTHROUGH_DATA: dir });
    // What `ps` shows while the command waits for its input.
    const argv = await argvOf(started.child.pid as number);
    expect(argv).toContain("--password-stdin");
    expect(argv.join(" ")).not.toContain(PASSWORD);
    started.child.stdin?.end(`${PASSWORD}\n`);
    const result = await started.done;
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
    expect(await storedSmtpPassword(dir)).toBe(PASSWORD);
  });

  it("smtp set takes FOLLOWTHROUGH_SMTP_PASSWORD from the environment", async () => {
    const dir = join(root, "smtp-env");
    const env = { FOLLOWTHROUGH_DATA: dir, FOLLOWTHROUGH_SMTP_PASSWORD: PASSWORD };
    expect((await run(SMTP_SET, env)).code).toBe(0);
    expect(await storedSmtpPassword(dir)).toBe(PASSWORD);
  });

  it("smtp set without a password and without a terminal says how to give one", async () => {
    const dir = join(root, "smtp-none");
    const result = await run(SMTP_SET, { FOLLOWTHROUGH_DATA: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No password was given/);
    expect(result.stderr).toMatch(/--password-stdin/);
    expect(result.stderr).toMatch(/FOLLOWTHROUGH_SMTP_PASSWORD/);
    const twice = await run([...SMTP_SET, "--password", "x", "--password-stdin"], {
      FOLLOWTHROUGH_DATA: dir,
    });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/given twice/);
    expect(await storedSmtpPassword(dir)).toBeNull();
  });

  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.skipIf(!hasScript)(
    "smtp set in a terminal asks for the password and echoes nothing",
    async () => {
      const dir = join(root, "smtp-tty");
      const command = ["exec", process.execPath, CLI, ...SMTP_SET].map((a) => `'${a}'`).join(" ");
      // script(1) runs the command on a pseudo-terminal, relaying our input as keystrokes.
      const child = spawn("script", ["-qec", `umask 000 && ${command}`, "/dev/null"], {
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "/tmp",
          FOLLOWTHROUGH_DATA: dir,
        },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let screen = "";
      child.stdout.on("data", (d: Buffer) => {
        screen += d.toString("utf8");
      });
      const closed = new Promise<number>((resolve) =>
        child.on("close", (code) => resolve(code ?? -1)),
      );
      await waitFor(child, /SMTP password for ana@example\.org at smtp\.example\.org: /);
      // A typo corrected with backspace, then Enter.
      child.stdin.write(`${PASSWORD}x\u007f\r`);
      expect(await closed).toBe(0);
      expect(screen).toMatch(/SMTP set: ana@example\.org/);
      expect(screen).not.toContain("horse");
      expect(await storedSmtpPassword(dir)).toBe(PASSWORD);
    },
  );

  it("imap set --password-stdin stores the mailbox password from standard input", async () => {
    const dir = join(root, "imap-stdin");
    const args = ["imap", "set", "--host", "imap.example.org", "--user", "ana", "--password-stdin"];
    const result = await run(args, { FOLLOWTHROUGH_DATA: dir }, `${PASSWORD}\r\n`);
    expect(result.code).toBe(0);
    const store = await openStore({ dataDir: dir });
    try {
      const settings = await findImapSettings(store.db, LOCAL_ACCOUNT_ID);
      expect(
        openImapPassword(
          settings?.passwordEncrypted ?? "",
          loadSecretKey(dir, {}),
          LOCAL_ACCOUNT_ID,
        ),
      ).toBe(PASSWORD);
    } finally {
      await store.close();
    }
  });
});
