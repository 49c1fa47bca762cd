import { Readable } from "node:stream";
import nodemailer, { type Transporter } from "nodemailer";
import type { StoredSmtpSettings } from "../../store/repositories/smtp-settings.repository.js";
import { decryptSecret } from "./secret-box.js";

export interface Envelope {
  from: string;
  to: string;
}

/** How the caller steers one send. */
export interface SendControl {
  /** Aborting it closes the connection; aborted before `beforeData` resolved, nothing was sent. */
  signal?: AbortSignal;
  /**
   * Awaited once the server has said "go ahead" to DATA (354) and before the first byte of the
   * message; from its resolution on the message may arrive. If it rejects, the connection is
   * closed with nothing of the message sent, and `send` rejects with its error.
   */
  beforeData?: () => Promise<void>;
}

/** Sends raw messages through each account's own SMTP server. */
export interface SmtpSender {
  /** Resolves with the server's reply once it accepted the message; rejects otherwise. */
  send(
    accountId: string,
    settings: StoredSmtpSettings,
    envelope: Envelope,
    raw: string,
    control?: SendControl,
  ): Promise<string>;
  /** Connects and logs in without sending anything. */
  verify(accountId: string, settings: StoredSmtpSettings): Promise<void>;
  close(): void;
}

export interface SmtpSenderOptions {
  /** Each of connect, greeting and socket inactivity (also the wait for the final reply). */
  timeoutMs?: number;
  /** A whole send, from the call to the server's reply; 9 timeouts unless set. */
  deadlineMs?: number;
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
  const deadline = options.deadlineMs ?? 9 * timeout;
  const transports = new Map<string, { version: string; transport: Transporter }>();
  // Each send's beforeData, found by the signal the send hands to nodemailer.
  const gates = new WeakMap<AbortSignal, () => Promise<void>>();

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
    // The last stage of the message stream: nodemailer reads it only after the server's 354.
    transport.use("stream", (mail, done) => {
      const gate = mail.data.signal ? gates.get(mail.data.signal) : undefined;
      if (gate) mail.message.processFunc((input) => gatedStream(input, gate));
      done();
    });
    transports.set(accountId, { version, transport });
    return transport;
  }

  return {
    async send(accountId, settings, envelope, raw, control = {}) {
      const abort = new AbortController();
      let why: unknown;
      const stop = (reason: unknown): void => {
        if (abort.signal.aborted) return;
        why = reason;
        abort.abort(reason);
      };
      const outer = control.signal;
      const onOuterAbort = (): void => stop(outer?.reason);
      outer?.addEventListener("abort", onOuterAbort, { once: true });
      if (outer?.aborted) onOuterAbort();
      const timer = setTimeout(() => stop(deadlineExceeded(deadline)), deadline);
      if (control.beforeData) {
        const gate = control.beforeData;
        gates.set(abort.signal, async () => {
          try {
            await gate();
          } catch (error) {
            stop(error);
            throw error;
          }
        });
      }
      try {
        const info = await transportFor(accountId, settings).sendMail({
          envelope: { from: envelope.from, to: [envelope.to] },
          raw,
          signal: abort.signal,
        });
        return String(info.response ?? "accepted");
      } catch (error) {
        // nodemailer reports its own "aborted": say why instead.
        throw why ?? error;
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener("abort", onOuterAbort);
      }
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

/** Passes `input` on, but only once `gate` resolved after the first read (the server's 354). */
function gatedStream(input: Readable, gate: () => Promise<void>): Readable {
  let state: "shut" | "opening" | "open" = "shut";
  const output = new Readable({
    read() {
      if (state === "open") input.resume();
      if (state !== "shut") return;
      state = "opening";
      gate().then(
        () => {
          state = "open";
          input.on("data", (chunk: Buffer) => {
            if (!output.push(chunk)) input.pause();
          });
          input.once("end", () => output.push(null));
          input.once("error", (error) => output.destroy(error));
        },
        (error: unknown) => output.destroy(error as Error),
      );
    },
    destroy(error, callback) {
      input.destroy();
      callback(error);
    },
  });
  return output;
}

function deadlineExceeded(ms: number): Error {
  return Object.assign(
    new Error(`The SMTP conversation did not finish within its ${ms / 1000} s deadline.`),
    { code: "ETIMEDOUT" },
  );
}
