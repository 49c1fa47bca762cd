import nodemailer, { type Transporter } from "nodemailer";
import type { StoredSmtpSettings } from "../../store/repositories/smtp-settings.repository.js";
import { decryptSecret } from "./secret-box.js";

export interface Envelope {
  from: string;
  to: string;
}

/** Sends raw messages through each account's own SMTP server. */
export interface SmtpSender {
  /** Resolves with the server's reply once it accepted the message; rejects otherwise. */
  send(
    accountId: string,
    settings: StoredSmtpSettings,
    envelope: Envelope,
    raw: string,
  ): Promise<string>;
  /** Connects and logs in without sending anything. */
  verify(accountId: string, settings: StoredSmtpSettings): Promise<void>;
  close(): void;
}

export interface SmtpSenderOptions {
  /** Each of connect, greeting and socket inactivity; keep well under the worker's lease. */
  timeoutMs?: number;
  /** Keep connections open between messages (the worker); a one-off CLI send does not. */
  pool?: boolean;
  maxConnections?: number;
}

/**
 * nodemailer over the user's server. The password is decrypted only here, when a transport is
 * made; transports are reused per account until its settings change.
 */
export function createSmtpSender(key: Buffer, options: SmtpSenderOptions = {}): SmtpSender {
  const timeout = options.timeoutMs ?? 30_000;
  const transports = new Map<string, { version: string; transport: Transporter }>();

  function transportFor(accountId: string, s: StoredSmtpSettings): Transporter {
    // Any change of the settings (a new password has a new nonce) makes a new transport.
    const version = JSON.stringify(s);
    const cached = transports.get(accountId);
    if (cached && cached.version === version) return cached.transport;
    cached?.transport.close();
    const password = decryptSecret(s.passwordEncrypted, key, accountId);
    const base = {
      host: s.host,
      port: s.port,
      secure: s.secureMode === "tls",
      requireTLS: s.secureMode === "starttls",
      // `plain` exists only because the user said --insecure: never upgrade, never require.
      ignoreTLS: s.secureMode === "plain",
      auth: { user: s.username, pass: password },
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    };
    const transport = options.pool
      ? nodemailer.createTransport({
          ...base,
          pool: true,
          maxConnections: options.maxConnections ?? 4,
        })
      : nodemailer.createTransport(base);
    transports.set(accountId, { version, transport });
    return transport;
  }

  return {
    async send(accountId, settings, envelope, raw) {
      const info = await transportFor(accountId, settings).sendMail({
        envelope: { from: envelope.from, to: [envelope.to] },
        raw,
      });
      return String(info.response ?? "accepted");
    },
    async verify(accountId, settings) {
      await transportFor(accountId, settings).verify();
    },
    close() {
      for (const { transport } of transports.values()) transport.close();
      transports.clear();
    },
  };
}
