import { type AddressInfo, createConnection, createServer, type Socket } from "node:net";

export interface SlowProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * A slow network in front of an SMTP server on 127.0.0.1: each of the server's replies (the
 * greeting, EHLO, AUTH, MAIL, RCPT, DATA's 354 and the final 250) reaches the client `delayMs`
 * after the server sent it, in order. A message on a fresh connection waits seven times, one on
 * a pooled connection four.
 */
export async function startSlowProxy(targetPort: number, delayMs: number): Promise<SlowProxy> {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: "127.0.0.1", port: targetPort });
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.once("close", () => open.delete(socket));
      // A client killed mid-conversation resets its connection: expected here.
      socket.on("error", () => undefined);
    }
    client.pipe(upstream);
    let last = Promise.resolve();
    upstream.on("data", (chunk: Buffer) => {
      const due = Date.now() + delayMs;
      last = last.then(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              if (!client.destroyed) client.write(chunk);
              resolve();
            }, due - Date.now()),
          ),
      );
    });
    upstream.once("close", () => last.then(() => client.destroy()));
    client.once("close", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
