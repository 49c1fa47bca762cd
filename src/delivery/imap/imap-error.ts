import { AppError } from "../../errors/app-error.js";

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNRESET",
  "CONNECT_TIMEOUT",
  "GREETING_TIMEOUT",
  "NoConnection",
]);

/** An IMAP client failure as words a person can act on. */
export function imapError(error: unknown, host: string, port: number, user: string): AppError {
  if (error instanceof AppError) return error;
  const e = (error ?? {}) as {
    code?: string;
    authenticationFailed?: boolean;
    responseText?: string;
    message?: string;
  };
  const detail = e.responseText || e.message || String(error);
  if (e.authenticationFailed)
    return new AppError(
      "INVALID_INPUT",
      `The IMAP server ${host} refused the login of ${user}: ${detail}`,
      {
        field: "password",
        accepted:
          "the mailbox's user name and password (an app password where the provider needs one): run `imap set` again",
        cause: error,
      },
    );
  if ((e.code && UNREACHABLE.has(e.code)) || /timeout|connect/i.test(e.message ?? ""))
    return new AppError(
      "EXTERNAL_FAILURE",
      `Cannot reach the IMAP server ${host}:${port} (${e.code ?? detail}). Nothing was changed; try again later or check --host and --port.`,
      { field: "host", cause: error },
    );
  if (/certificate|ssl|tls|wrong version/i.test(detail))
    return new AppError("EXTERNAL_FAILURE", `No TLS connection to ${host}:${port}: ${detail}`, {
      field: "host",
      accepted: "the server's TLS port (usually 993), or --insecure for a local server without TLS",
      cause: error,
    });
  return new AppError("EXTERNAL_FAILURE", `The IMAP server ${host} failed: ${detail}`, {
    cause: error,
  });
}
