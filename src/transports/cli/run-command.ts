import type { Command } from "commander";
import { clockFromEnv } from "../../shared/clock.js";
import { LOCAL_ACCOUNT_ID, openStore } from "../../store/open-store.js";
import { accountContext, type UseCaseContext } from "../../use-cases/context.js";

export interface GlobalOptions {
  json?: boolean;
  dataDir?: string;
}

export interface CommandIo {
  ctx: UseCaseContext;
  json: boolean;
  /** Prints the result: as JSON with --json, else as the text `human` makes of it. */
  print: <T>(value: T, human: (value: T) => string) => void;
}

/** Opens the store named by the flags and environment, runs one use case, and closes it. */
export async function runCommand(
  command: Command,
  work: (io: CommandIo) => Promise<void>,
): Promise<void> {
  const options = command.optsWithGlobals<GlobalOptions>();
  const now = clockFromEnv();
  const store = await openStore({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: options.dataDir,
  });
  const json = options.json === true;
  try {
    await work({
      ctx: accountContext(store, LOCAL_ACCOUNT_ID, now),
      json,
      print: (value, human) => {
        process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human(value)}\n`);
      },
    });
  } finally {
    await store.close();
  }
}
