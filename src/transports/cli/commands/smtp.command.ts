import type { Command } from "commander";
import { loadSecretKey } from "../../../delivery/smtp/load-secret-key.js";
import { createSmtpSender } from "../../../delivery/smtp/smtp-sender.js";
import { defaultDataDir } from "../../../store/open-store.js";
import {
  type SmtpSettingsView,
  setSmtpSettings,
} from "../../../use-cases/sending/set-smtp-settings.js";
import { testSmtpSettings } from "../../../use-cases/sending/test-smtp-settings.js";
import { toInt } from "../parse-flags.js";
import { readPassword } from "../read-password.js";
import { type GlobalOptions, runCommand } from "../run-command.js";

/** The key that encrypts the SMTP password: from the environment or the data directory. */
export function secretKeyFor(command: Command): Buffer {
  return loadSecretKey(command.optsWithGlobals<GlobalOptions>().dataDir ?? defaultDataDir());
}

const describeSettings = (s: SmtpSettingsView) =>
  `${s.user} @ ${s.host}:${s.port} (${s.secureMode})${s.from ? `, from ${s.from}` : ""}${s.digestEnabled ? `, morning digest at ${s.digestHour}:00` : ""}`;

export function registerSmtpCommands(program: Command): void {
  const smtp = program
    .command("smtp")
    .description("your own SMTP server, for sending approved messages");

  smtp
    .command("set")
    .description("store the server; the password is encrypted with a key kept outside the database")
    .requiredOption("--host <host>")
    .requiredOption("--port <port>", "465 for TLS, 587 for STARTTLS")
    .requiredOption("--user <name>")
    .option("--password-stdin", "read the password from standard input")
    .option(
      "--password <password>",
      "shows in `ps` and your shell's history: prefer --password-stdin, FOLLOWTHROUGH_SMTP_PASSWORD or the prompt",
    )
    .option("--insecure", "allow a plain, unencrypted connection (local test servers only)")
    .option("--from <address>", "the sender address (default: your profile's email)")
    .option("--digest", "send me a morning digest of the day's agenda")
    .option("--no-digest", "no morning digest")
    .option("--digest-hour <hour>", "local hour of the morning digest (default 7)")
    .action(async (opts: Record<string, string | boolean | undefined>, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const password = await readPassword({
          flag: opts.password as string | undefined,
          fromStdin: opts.passwordStdin === true,
          envName: "FOLLOWTHROUGH_SMTP_PASSWORD",
          prompt: `SMTP password for ${opts.user} at ${opts.host}`,
        });
        const view = await setSmtpSettings(ctx, secretKeyFor(command), {
          host: opts.host as string,
          port: toInt(opts.port as string) as number,
          user: opts.user as string,
          password,
          insecure: opts.insecure === true,
          from: opts.from as string | undefined,
          digest: command.getOptionValueSource("digest") === "cli" ? opts.digest === true : null,
          digestHour: toInt(opts.digestHour as string | undefined) ?? null,
        });
        print(
          view,
          (v) => `SMTP set: ${describeSettings(v)}. Check it with \`followthrough smtp test\`.`,
        );
      });
    });

  smtp
    .command("test")
    .description("connect and log in to the server, sending nothing")
    .action(async (_opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const sender = createSmtpSender(secretKeyFor(command), { timeoutMs: 15_000 });
        try {
          const view = await testSmtpSettings(ctx, sender);
          print({ ok: true, ...view }, (v) => `SMTP works: ${describeSettings(v)}.`);
        } finally {
          sender.close();
        }
      });
    });
}
