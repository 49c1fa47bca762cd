import type { Command } from "commander";
import { loadSecretKey } from "../../../delivery/smtp/load-secret-key.js";
import { defaultDataDir } from "../../../store/open-store.js";
import { setImapSettings } from "../../../use-cases/mail/set-imap-settings.js";
import { syncImap } from "../../../use-cases/mail/sync-imap.js";
import { readPassword } from "../read-password.js";
import { type GlobalOptions, runCommand } from "../run-command.js";

/** The key that encrypts mailbox passwords: outside the database (FOLLOWTHROUGH_SECRET_KEY or secret.key). */
function secretKeyFor(command: Command): Buffer {
  const { dataDir } = command.optsWithGlobals<GlobalOptions>();
  return loadSecretKey(dataDir ?? defaultDataDir());
}

export function registerImapCommands(program: Command): void {
  const imap = program
    .command("imap")
    .description("read replies from your mailbox, so the plan follows them (R16)");

  imap
    .command("set")
    .description("where your mailbox is; the password is stored encrypted")
    .requiredOption("--host <host>")
    .option("--port <port>", "default 993 (143 with --insecure)")
    .requiredOption("--user <name>")
    .option("--password-stdin", "read the password from standard input")
    .option(
      "--password <password>",
      "shows in `ps` and your shell's history: prefer --password-stdin, FOLLOWTHROUGH_IMAP_PASSWORD or the prompt",
    )
    .option("--insecure", "no TLS: only for a server on this machine")
    .option("--mailbox <name...>", "folders to read", ["INBOX"])
    .action(
      async (
        opts: {
          host: string;
          port?: string;
          user: string;
          password?: string;
          passwordStdin?: boolean;
          insecure?: boolean;
          mailbox: string[];
        },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) => {
          const password = await readPassword({
            flag: opts.password,
            fromStdin: opts.passwordStdin === true,
            envName: "FOLLOWTHROUGH_IMAP_PASSWORD",
            prompt: `IMAP password for ${opts.user} at ${opts.host}`,
          });
          const view = await setImapSettings(
            ctx,
            {
              host: opts.host,
              port: opts.port,
              username: opts.user,
              password,
              insecure: opts.insecure === true,
              mailboxes: opts.mailbox,
            },
            secretKeyFor(command),
          );
          print(
            view,
            (v) =>
              `Mailbox set: ${v.username} at ${v.host}:${v.port} (${v.secure ? "TLS" : "no TLS"}), reading ${v.mailboxes.join(", ")}.`,
          );
        });
      },
    );

  imap
    .command("sync")
    .description("fetch new mail: replies and mail from your contacts go into the log")
    .option("--batch-size <n>", "messages per batch (each batch is committed)", "200")
    .action(async (opts: { batchSize: string }, command: Command) => {
      await runCommand(command, async ({ ctx, json, print }) => {
        const showProgress = !json;
        const result = await syncImap(ctx, {
          secretKey: secretKeyFor(command),
          batchSize: Math.max(1, Number.parseInt(opts.batchSize, 10) || 200),
          ...(showProgress
            ? {
                onProgress: ({ mailbox, done, total }) => {
                  if (total > 0) process.stderr.write(`\r${mailbox}: ${done}/${total} messages`);
                  if (total > 0 && done === total) process.stderr.write("\n");
                },
              }
            : {}),
        });
        print(result, (r) =>
          r.mailboxes
            .map(
              (m) =>
                `${m.mailbox}: ${m.fetched} new, ${m.stored.length} logged, ${m.duplicates} already logged, ${m.unrelated} unrelated${m.malformed ? `, ${m.malformed} unreadable` : ""}${m.restarted ? " (UIDVALIDITY changed: read again)" : ""}${m.stored.map((s) => `\n  ${s.direction === "in" ? "from" : "to"} ${s.interviewId}: ${s.subject ?? "(no subject)"}`).join("")}`,
            )
            .join("\n"),
        );
      });
    });
}
