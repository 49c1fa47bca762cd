import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { CLI } from "./run-cli.js";

export interface BuiltProcess {
  /** What `ready` matched first (its first group, else the whole match). */
  ready: string;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, and resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the built CLI with `args` and waits (generously: the machine may be busy) until its
 * output matches `ready`.
 */
export async function startBuiltProcess(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<BuiltProcess> {
  if (!existsSync(CLI)) throw new Error(`Build first (npm run build): ${CLI} is missing.`);
  const child: ChildProcess = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const matched = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`${args.join(" ")} did not start:\n${output}`));
    }, timeoutMs);
    const read = (d: Buffer) => {
      output += d.toString("utf8");
      const found = ready.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1] ?? found[0]);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(" ")} exited (${code}):\n${output}`));
    });
  });
  return {
    ready: matched,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
