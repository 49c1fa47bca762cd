import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../support/run-cli.js";

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the real, built server (`followthrough serve --port 0`, plus `args`) on a fresh SQLite
 * folder, or on the store `env` names.
 */
export async function startBuiltServer(
  env: Record<string, string>,
  args: string[] = [],
): Promise<RunningApp> {
  if (!existsSync(CLI)) throw new Error(`Build first (npm run build): ${CLI} is missing.`);
  const dir = mkdtempSync(join(tmpdir(), "followthrough-e2e-"));
  const child: ChildProcess = spawn(process.execPath, [CLI, "serve", "--port", "0", ...args], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      FOLLOWTHROUGH_DATA: dir,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const read = (d: Buffer) => {
      output += d.toString("utf8");
      const found = /running at (http:\/\/\S+\/)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
