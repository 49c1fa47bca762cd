import { parseSecretKey } from "../../delivery/smtp/load-secret-key.js";
import { AppError, invalidInput } from "../../errors/app-error.js";

/** Local: one person on their own machine, no sign-in. Hosted: many accounts on PostgreSQL. */
export type ServerMode =
  | { kind: "local"; host: string; databaseUrl: string | undefined }
  | {
      kind: "hosted";
      host: string;
      databaseUrl: string;
      /** Signs session cookies (FOLLOWTHROUGH_SESSION_SECRET). */
      sessionSecret: string;
      /** The origin people open, e.g. https://followthrough.example.org (no path). */
      publicOrigin: string;
      /** The server's own SMTP (FOLLOWTHROUGH_SMTP_URL) for verification and reset mail. */
      smtpUrl: string;
      /** FOLLOWTHROUGH_MAIL_FROM, else no-reply at the public origin's host. */
      mailFrom: string;
      /** Encrypts each account's SMTP and IMAP passwords (FOLLOWTHROUGH_SECRET_KEY). */
      secretKey: Buffer;
    };

export const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);
const MIN_SECRET_LENGTH = 32;
const HOSTED_NEEDS =
  "hosted mode (--hosted, with DATABASE_URL, FOLLOWTHROUGH_SESSION_SECRET, FOLLOWTHROUGH_PUBLIC_ORIGIN and FOLLOWTHROUGH_SECRET_KEY)";

/**
 * Which mode `serve` runs in, from its flags and the environment, refusing what would expose a
 * local store: local mode has no sign-in, so it listens on loopback only.
 */
export function resolveServerMode(
  flags: { hosted?: boolean | undefined; host?: string | undefined },
  env: NodeJS.ProcessEnv,
): ServerMode {
  const named = env.FOLLOWTHROUGH_MODE?.trim().toLowerCase() ?? "";
  if (named !== "" && named !== "local" && named !== "hosted")
    throw invalidInput(
      "FOLLOWTHROUGH_MODE",
      `FOLLOWTHROUGH_MODE is "${env.FOLLOWTHROUGH_MODE}", which is not a mode.`,
      "local or hosted",
    );
  const hosted = flags.hosted === true || named === "hosted";
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (!hosted) {
    const host = flags.host ?? "127.0.0.1";
    if (!LOOPBACK_HOSTS.has(host.toLowerCase()))
      throw new AppError(
        "INVALID_INPUT",
        `Local mode listens only on this computer (127.0.0.1): it has no sign-in, so anyone who could reach ${host} would read and change your data. Keep the default --host, or run ${HOSTED_NEEDS}.`,
        { field: "host", accepted: "127.0.0.1, localhost or ::1 in local mode" },
      );
    return { kind: "local", host, databaseUrl };
  }
  const problems: { name: string; text: string }[] = [];
  const need = (name: string, text: string) => problems.push({ name, text: `${name} to ${text}` });
  if (!databaseUrl || !/^postgres(ql)?:\/\//i.test(databaseUrl))
    need(
      "DATABASE_URL",
      "a PostgreSQL URL (postgres://user@host:5432/db): hosted mode keeps its accounts in PostgreSQL, never in a SQLite file",
    );
  const secret = nonEmpty(env.FOLLOWTHROUGH_SESSION_SECRET);
  if (!secret || secret.length < MIN_SECRET_LENGTH)
    need(
      "FOLLOWTHROUGH_SESSION_SECRET",
      `at least ${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -base64 32\`): it signs the session cookies${secret ? `; the one given has ${secret.length}` : ""}`,
    );
  const origin = publicOriginOf(nonEmpty(env.FOLLOWTHROUGH_PUBLIC_ORIGIN));
  if (typeof origin !== "string") need("FOLLOWTHROUGH_PUBLIC_ORIGIN", origin.problem);
  const smtpUrl = nonEmpty(env.FOLLOWTHROUGH_SMTP_URL);
  if (!smtpUrl || !/^smtps?:\/\/[^/]/i.test(smtpUrl))
    need(
      "FOLLOWTHROUGH_SMTP_URL",
      "the server's SMTP, e.g. smtp://user:password@mail.example.org:587 (smtps:// for TLS): sign-up and password-reset links go out by mail",
    );
  const keyText = nonEmpty(env.FOLLOWTHROUGH_SECRET_KEY);
  const secretKey = keyText === undefined ? null : parseSecretKey(keyText);
  if (secretKey === null) need("FOLLOWTHROUGH_SECRET_KEY", hostedKeyNeed(keyText !== undefined));
  if (
    problems.length > 0 ||
    typeof origin !== "string" ||
    !databaseUrl ||
    !secret ||
    !smtpUrl ||
    !secretKey
  )
    throw new AppError(
      "INVALID_INPUT",
      `Hosted mode cannot start yet. Set ${problems.map((p) => p.text).join("; and set ")}.`,
      { field: "mode", accepted: `${problems.map((p) => p.name).join(", ")} set` },
    );
  return {
    kind: "hosted",
    host: flags.host ?? "127.0.0.1",
    databaseUrl,
    sessionSecret: secret,
    publicOrigin: origin,
    smtpUrl,
    secretKey,
    mailFrom:
      nonEmpty(env.FOLLOWTHROUGH_MAIL_FROM) ??
      `followthrough <no-reply@${new URL(origin).hostname}>`,
  };
}

/**
 * Why hosted mode needs the server key from its environment: a key file made by one machine
 * would not open what another process stored, and the key must never be in the database.
 */
export function hostedKeyNeed(given: boolean): string {
  return `32 random bytes in base64, made once with \`openssl rand -base64 32\` and kept outside the database (e.g. in the service's environment file), the same in every web process and worker: it encrypts each account's SMTP and IMAP passwords, so a copy of the database alone does not reveal them${given ? "; the one given is not 32 bytes of base64" : ""}`;
}

/**
 * The origin people's browsers name in `Origin`: https, or http on this computer (a browser
 * treats localhost as secure, so Secure cookies still work there while trying it out).
 */
function publicOriginOf(raw: string | undefined): string | { problem: string } {
  const what = "the address people open, e.g. https://followthrough.example.org";
  if (!raw) return { problem: `${what}: sign-in cookies and the CSRF check are bound to it` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: `${what} ("${raw}" is not an address)` };
  }
  const local = LOOPBACK_HOSTS.has(url.hostname.replace(/^\[|\]$/g, ""));
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local))
    return { problem: `${what} ("${raw}" is not https; session cookies are sent only over https)` };
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash || url.username)
    return { problem: `${what} ("${raw}" has more than scheme, host and port)` };
  return url.origin;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
