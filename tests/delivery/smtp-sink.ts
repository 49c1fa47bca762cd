import type { AddressInfo } from "node:net";
import PostalMime from "postal-mime";
import { SMTPServer } from "smtp-server";

export interface SinkOptions {
  user?: string;
  password?: string;
  /** Answer this many messages with `451 try later` before accepting. */
  failFirst?: number;
  /** Answer every message with `550` (a permanent refusal). */
  rejectAll?: boolean;
}

export interface ReceivedMessage {
  raw: string;
  to: string[];
  messageId: string | null;
}

export interface SmtpSink {
  port: number;
  user: string;
  password: string;
  /** Messages the sink accepted (answered 250), in order. */
  accepted: ReceivedMessage[];
  /** Messages it refused with 451 or 550. */
  refused: number;
  close(): Promise<void>;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 and a random port, plain text, with login. */
export async function startSmtpSink(options: SinkOptions = {}): Promise<SmtpSink> {
  const user = options.user ?? "ana@example.org";
  const password = options.password ?? "s3cret pass";
  let failLeft = options.failFirst ?? 0;
  const sink = { accepted: [] as ReceivedMessage[], refused: 0 };
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else
        callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (options.rejectAll) {
          sink.refused++;
          return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        }
        if (failLeft > 0) {
          failLeft--;
          sink.refused++;
          return callback(
            Object.assign(new Error("Greylisted, try again later"), { responseCode: 451 }),
          );
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? null;
        sink.accepted.push({
          raw,
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: id,
        });
        callback(null, "Queued");
      });
    },
  });
  // A client killed mid-conversation resets its connection: expected here, not a test failure.
  server.on("error", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    user,
    password,
    get accepted() {
      return sink.accepted;
    },
    get refused() {
      return sink.refused;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function parseMessage(raw: string) {
  return PostalMime.parse(raw);
}

/** A port nothing listens on. */
export async function closedPort(): Promise<number> {
  const sink = await startSmtpSink();
  await sink.close();
  return sink.port;
}
