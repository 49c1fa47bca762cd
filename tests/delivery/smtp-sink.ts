import type { AddressInfo, Socket } from "node:net";
import PostalMime from "postal-mime";
import { SMTPServer } from "smtp-server";

export interface SinkOptions {
  user?: string;
  password?: string;
  /** Answer this many messages with `451 try later` before accepting. */
  failFirst?: number;
  /** Answer every message with `550` (a permanent refusal). */
  rejectAll?: boolean;
  /**
   * Whether to lose the connection right after this message's end of data, before the `250`:
   * the server has the whole message (it may deliver it), the client never hears so (RFC 1047).
   */
  dropAfterData?: (message: ReceivedMessage) => boolean;
}

export interface ReceivedMessage {
  raw: string;
  to: string[];
  messageId: string | null;
  /** False when the connection was dropped instead of answering `250` (dropAfterData). */
  answered: boolean;
}

export interface SmtpSink {
  port: number;
  user: string;
  password: string;
  /** Messages the sink received in full (answered 250, or dropped just before), in order. */
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
  // The sockets by client port, so that a session's connection can be cut (dropAfterData).
  const sockets = new Map<number, Socket>();
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
        const to = session.envelope.rcptTo.map((r) => r.address);
        const message = { raw, to, messageId: id, answered: true };
        if (options.dropAfterData?.(message)) {
          sink.accepted.push({ ...message, answered: false });
          sockets.get(session.remotePort)?.destroy();
          return;
        }
        sink.accepted.push(message);
        callback(null, "Queued");
      });
    },
  });
  // A client killed mid-conversation resets its connection: expected here, not a test failure.
  server.on("error", () => undefined);
  server.server.on("connection", (socket: Socket) => {
    const port = socket.remotePort ?? 0;
    sockets.set(port, socket);
    socket.once("close", () => sockets.delete(port));
  });
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
