import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import zlib from "node:zlib";
import { refusalOf } from "./address-policy.js";
import type { FetchPolicy, ResolvedAddress } from "./fetch-policy.js";

export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchOutcome =
  | {
      kind: "ok";
      body: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
    }
  | { kind: "not-modified" }
  /** Never connected: the address, scheme or redirect is one the watch does not go to. */
  | { kind: "refused"; reason: string }
  | { kind: "failed"; reason: string; status: number | null; retryAfterSeconds: number | null };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

class Refused extends Error {}
class Failed extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/**
 * GET `url` on a user's behalf, safely for a server that does this for many people (R20): http(s)
 * only; the name resolved once and every address it gives checked, then the connection made to
 * that checked address (the socket's lookup answers with it, so a DNS answer that changes after
 * the check is never used); every redirect checked the same way and capped; the body capped in
 * bytes after decompression and the whole exchange in time; ETag and Last-Modified sent back so
 * an unchanged resource costs a 304. Never throws.
 */
export async function safeFetch(
  url: string,
  conditional: ConditionalHeaders,
  policy: FetchPolicy,
  accept = "*/*",
): Promise<FetchOutcome> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const target = parseTarget(current);
      const address = await checkedAddress(target, policy);
      const response = await request(target, address, conditional, policy, accept, signal);
      if (REDIRECTS.has(response.statusCode ?? 0)) {
        response.resume();
        const location = response.headers.location;
        if (!location) throw new Failed(`${target.host} answered a redirect without a Location.`);
        if (hop >= policy.maxRedirects)
          throw new Refused(
            `more than ${policy.maxRedirects} redirects, the last to ${location.slice(0, 200)}`,
          );
        current = new URL(location, target).href;
        continue;
      }
      const status = response.statusCode ?? 0;
      if (status === 304) {
        response.resume();
        return { kind: "not-modified" };
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw new Failed(
          describeStatus(status, target.host),
          status,
          retryAfter(response.headers["retry-after"]),
        );
      }
      const body = await readCapped(response, policy.maxBytes, target.host);
      const header = (name: string) => {
        const v = response.headers[name];
        return typeof v === "string" && v.length <= 1000 ? v : null;
      };
      return {
        kind: "ok",
        body,
        contentType: header("content-type"),
        etag: header("etag"),
        lastModified: header("last-modified"),
        finalUrl: target.href,
      };
    }
  } catch (error) {
    if (error instanceof Refused)
      return { kind: "refused", reason: `Not fetched: ${error.message}.` };
    if (signal.aborted)
      return {
        kind: "failed",
        reason: `${safeHost(current)} did not answer in full within ${Math.round(policy.timeoutMs / 1000)} s.`,
        status: null,
        retryAfterSeconds: null,
      };
    if (error instanceof Failed)
      return {
        kind: "failed",
        reason: error.message,
        status: error.status,
        retryAfterSeconds: error.retryAfterSeconds,
      };
    return {
      kind: "failed",
      reason: describeNetworkError(error, safeHost(current)),
      status: null,
      retryAfterSeconds: null,
    };
  }
}

function parseTarget(raw: string): URL {
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    throw new Refused(`"${raw.slice(0, 200)}" is not a web address`);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:")
    throw new Refused(`${target.protocol} addresses are not fetched, only http and https`);
  if (target.username !== "" || target.password !== "")
    throw new Refused("an address with a password is not fetched");
  return target;
}

async function checkedAddress(target: URL, policy: FetchPolicy): Promise<ResolvedAddress> {
  const host = target.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  let answers: ResolvedAddress[];
  if (literal !== 0) answers = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      answers = await policy.resolve(host);
    } catch (error) {
      throw new Failed(describeNetworkError(error, host));
    }
  }
  if (answers.length === 0) throw new Failed(`The name ${host} has no address.`);
  // Every answer is checked, not only the one used: a name with one private answer is refused whole.
  for (const answer of answers) {
    const why = refusalOf(answer.address, policy.allowAddresses);
    if (why !== null) throw new Refused(literal !== 0 ? why : `${host} resolves to ${why}`);
  }
  return answers[0] as ResolvedAddress;
}

function request(
  target: URL,
  address: ResolvedAddress,
  conditional: ConditionalHeaders,
  policy: FetchPolicy,
  accept: string,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  // The connection goes to the address checked above, never to a second lookup of the name.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const headers: Record<string, string> = {
    "user-agent": policy.userAgent,
    accept,
    "accept-encoding": "gzip, deflate, br",
  };
  if (conditional.etag) headers["if-none-match"] = conditional.etag;
  if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
  const transport = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      target,
      { method: "GET", headers, lookup: pinned, agent: false, signal },
      (response) => resolve(response),
    );
    req.on("socket", (socket) => {
      socket.once("connect", () => {
        const remote = socket.remoteAddress?.replace(/^::ffff:(?=\d)/, "");
        const expected = address.address.replace(/^::ffff:(?=\d)/, "");
        if (remote !== undefined && remote !== expected)
          req.destroy(new Refused(`connected to ${remote}, not the checked ${expected}`));
      });
    });
    req.on("error", reject);
    req.end();
  });
}

function readCapped(
  response: IncomingMessage,
  maxBytes: number,
  host: string,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new Failed(`${host} sent more than ${formatBytes(maxBytes)}; the watch reads at most that.`);
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge());
  }
  const coding = String(response.headers["content-encoding"] ?? "identity")
    .toLowerCase()
    .trim();
  const decoder =
    coding === "gzip" || coding === "x-gzip"
      ? zlib.createGunzip()
      : coding === "deflate"
        ? zlib.createInflate()
        : coding === "br"
          ? zlib.createBrotliDecompress()
          : null;
  const stream = decoder === null ? response : response.pipe(decoder);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
      response.destroy();
      decoder?.destroy();
    };
    // The cap applies to the bytes after decompression, so a small gzip bomb is cut off too.
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) fail(tooLarge());
      else chunks.push(chunk);
    });
    stream.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    stream.on("error", (e) =>
      fail(
        e instanceof Failed
          ? e
          : new Failed(`${host} sent a body that could not be read (${e.message}).`),
      ),
    );
    response.on("error", fail);
    response.on("aborted", () =>
      fail(new Failed(`${host} closed the connection before the answer was complete.`)),
    );
  });
}

function retryAfter(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const seconds = Number(raw.trim());
  if (Number.isInteger(seconds) && seconds >= 0) return Math.min(seconds, 7 * 24 * 3600);
  const at = Date.parse(raw);
  return Number.isFinite(at)
    ? Math.min(Math.max(0, Math.ceil((at - Date.now()) / 1000)), 7 * 24 * 3600)
    : null;
}

function describeStatus(status: number, host: string): string {
  if (status === 404 || status === 410)
    return `${host} answered ${status}: nothing is at that address (an unknown board name or a moved feed).`;
  if (status === 401 || status === 403)
    return `${host} answered ${status}: it does not let the watch read that address.`;
  if (status === 429)
    return `${host} answered 429: too many requests; the watch waits before asking again.`;
  if (status >= 500)
    return `${host} answered ${status}: a fault on its side; the watch tries again later.`;
  return `${host} answered ${status}.`;
}

function describeNetworkError(error: unknown, host: string): string {
  const code = (error as { code?: string }).code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return `The name ${host} does not resolve (check the address).`;
  if (code === "ECONNREFUSED") return `${host} refused the connection.`;
  if (code === "ECONNRESET") return `${host} closed the connection.`;
  if (code.startsWith("ERR_TLS") || code.includes("CERT"))
    return `${host}'s certificate could not be verified (${code}).`;
  return `${host} could not be reached (${code || (error instanceof Error ? error.message : String(error))}).`;
}

function safeHost(raw: string): string {
  try {
    return new URL(raw).host;
  } catch {
    return "the address";
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`
    : `${Math.round(n / 1024)} KiB`;
}
