const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * The client's address, the rate limiter's key: the socket's peer; when that peer is a proxy on
 * this machine (loopback), the last X-Forwarded-For entry, the one that proxy added (earlier
 * entries are whatever the client sent). A remote peer's X-Forwarded-For is never believed. A
 * request made in-process (tests) has no socket and keeps its X-Forwarded-For.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
): string | undefined {
  const forwarded = forwardedFor?.split(",").at(-1)?.trim() || undefined;
  return peer === undefined || LOOPBACK.has(peer) ? (forwarded ?? peer) : peer;
}
