import { type ChildProcess, spawn } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export const DOVECOT = "/usr/sbin/dovecot";

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Drops messages straight into the INBOX Maildir, as a delivery agent would (fast, for bulk). */
  deliver(messages: string[]): void;
  stop(): Promise<void>;
}

/**
 * Whether Debian's dovecot is installed. In CI its absence fails the test (`.ci/run` installs it);
 * elsewhere the IMAP tests skip with a loud message.
 */
export function dovecotAvailable(): boolean {
  if (existsSync(DOVECOT)) return true;
  const message = `${DOVECOT} is missing (Debian package dovecot-imapd; scripts/install-system-deps.sh installs it)`;
  if (process.env.CI) throw new Error(`${message}: the IMAP tests cannot run in CI without it.`);
  console.warn(`\n!!! ${message}; the IMAP tests are SKIPPED.\n`);
  return false;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once dovecot says "* OK" on the port; a silent or closed port is retried until the deadline. */
function waitForGreeting(port: number, deadline: number, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = new Socket();
      const retry = () => {
        socket.destroy();
        if (Date.now() > deadline)
          reject(new Error(`dovecot did not greet on port ${port}:\n${readLog(log)}`));
        else setTimeout(attempt, 100);
      };
      socket.setTimeout(1000, retry);
      socket.once("data", (data: Buffer) => {
        socket.destroy();
        if (data.toString("utf8").startsWith("* OK")) resolve();
        else reject(new Error(`dovecot greeted with ${data.toString("utf8")}`));
      });
      socket.once("error", retry);
      socket.connect(port, "127.0.0.1");
    };
    attempt();
  });
}

/**
 * A private dovecot for one test file: its own config, passwd-file and Maildir in a temporary
 * folder, plain-text login on a free port of 127.0.0.1, running as the current user.
 */
export async function startDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), "followthrough-dovecot-"));
  // As root (CI), dovecot refuses to run its login and internal processes as root: it uses the
  // unprivileged users the Debian package creates, which must be able to read the passwd-file.
  const asRoot = userInfo().uid === 0;
  if (asRoot) chmodSync(dir, 0o755);
  const port = await freePort();
  const me = userInfo();
  const user = "ana";
  const password = "s3cret-pass";
  const home = join(dir, "home");
  for (const sub of ["run", "state", "home"]) mkdirSync(join(dir, sub), { recursive: true });
  // Mail processes must not run as root either: the mailbox belongs to the dovecot user then.
  const mailUser = asRoot ? passwdEntry("dovecot") : { uid: me.uid, gid: me.gid };
  const maildir = join(home, "Maildir");
  for (const sub of ["", "cur", "new", "tmp"]) mkdirSync(join(maildir, sub), { recursive: true });
  const own = (path: string) => {
    if (asRoot) chownSync(path, mailUser.uid, mailUser.gid);
  };
  for (const path of [home, maildir, ...["cur", "new", "tmp"].map((s) => join(maildir, s))])
    own(path);
  let delivered = 0;
  writeFileSync(
    join(dir, "passwd"),
    `${user}:{PLAIN}${password}:${mailUser.uid}:${mailUser.gid}::${home}::\n`,
    { mode: asRoot ? 0o644 : 0o600 },
  );
  const log = join(dir, "dovecot.log");
  writeFileSync(
    join(dir, "dovecot.conf"),
    `base_dir = ${join(dir, "run")}
state_dir = ${join(dir, "state")}
log_path = ${log}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# A wrong-password test must not slow the next test's logins from the same address.
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
${
  asRoot
    ? "default_internal_user = dovecot\ndefault_login_user = dovenull"
    : `default_internal_user = ${me.username}\ndefault_internal_group = ${userGroup(me.gid)}\ndefault_login_user = ${me.username}`
}
first_valid_uid = ${mailUser.uid}
last_valid_uid = ${mailUser.uid}
first_valid_gid = ${mailUser.gid}
last_valid_gid = ${mailUser.gid}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${join(dir, "passwd")}
}
userdb {
  driver = passwd-file
  args = username_format=%u ${join(dir, "passwd")}
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
service pop3-login {
  chroot =
}
`,
  );
  const child: ChildProcess = spawn(DOVECOT, ["-F", "-c", join(dir, "dovecot.conf")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString("utf8");
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString("utf8");
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await Promise.race([
      waitForGreeting(port, Date.now() + 10_000, log),
      exited.then(() => {
        throw new Error(`dovecot exited: ${output}${readLog(log)}`);
      }),
    ]);
  } catch (error) {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host: "127.0.0.1",
    port,
    user,
    password,
    deliver: (messages) => {
      for (const raw of messages) {
        delivered += 1;
        const file = join(
          maildir,
          "new",
          `${Date.now()}.M${delivered}P${process.pid}.followthrough`,
        );
        writeFileSync(file, raw.replace(/\r?\n/g, "\n"));
        own(file);
      }
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

function userGroup(gid: number): string {
  const groups = existsSync("/etc/group") ? readFileSync("/etc/group", "utf8") : "";
  for (const line of groups.split("\n")) {
    const [name, , id] = line.split(":");
    if (name && Number(id) === gid) return name;
  }
  return String(gid);
}

function passwdEntry(name: string): { uid: number; gid: number } {
  for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
    const [user, , uid, gid] = line.split(":");
    if (user === name) return { uid: Number(uid), gid: Number(gid) };
  }
  throw new Error(`The user ${name} is missing: is dovecot-imapd installed?`);
}
