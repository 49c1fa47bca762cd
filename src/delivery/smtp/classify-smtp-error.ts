/** What one failed attempt means for the message. */
export interface SmtpFailure {
  /** Worth trying again later (4xx replies, the network); false means no retry will help. */
  temporary: boolean;
  /** A sentence for the user, with the server's own words where there are some. */
  reason: string;
}

interface NodemailerError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
  command?: string;
}

const NETWORK = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
]);

/**
 * SMTP's own rule: 4xx is "try again", 5xx is "no". A refused login and a TLS mismatch are
 * permanent too (only new settings fix them); a network failure is temporary. `afterData`: the
 * message itself had gone out when it failed, so without the server's answer it may have arrived.
 */
export function classifySmtpError(
  error: unknown,
  context: { afterData?: boolean } = {},
): SmtpFailure {
  const e = (error ?? {}) as NodemailerError;
  const server = (e.response ?? e.message ?? String(error)).trim();
  if (e.code === "EAUTH")
    return {
      temporary: typeof e.responseCode === "number" && e.responseCode < 500,
      reason: `The SMTP server refused the user name or password: ${server}. Fix them with \`followthrough smtp set\`.`,
    };
  if (typeof e.responseCode === "number") {
    if (e.responseCode >= 400 && e.responseCode < 500)
      return { temporary: true, reason: `The SMTP server said "try later": ${server}` };
    if (e.responseCode >= 500)
      return { temporary: false, reason: `The SMTP server refused the message: ${server}` };
  }
  if (e.code === "ETLS")
    return {
      temporary: false,
      reason: `TLS with the SMTP server failed: ${server}. Check the port and the secure mode (smtp set --port 465 for TLS, 587 for STARTTLS).`,
    };
  // RFC 1047: a connection lost after the end of the data leaves the client not knowing.
  const unknown = context.afterData
    ? " (after the whole message was sent: it may have arrived, and goes again with the same Message-ID)"
    : "";
  if (e.code !== undefined && NETWORK.has(e.code))
    return { temporary: true, reason: `Cannot reach the SMTP server: ${server}${unknown}` };
  return { temporary: true, reason: `Sending failed: ${server}${unknown}` };
}
