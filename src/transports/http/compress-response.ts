import type { MiddlewareHandler } from "hono";
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from "hono/utils/compress";
import { encodeBody, etagMatches, pickCoding, varyOnCoding, weakEtag } from "./content-coding.js";

/** Below this, compressing saves less than it costs (headers, CPU). */
export const COMPRESS_THRESHOLD = 1024;
/** Above this a body is sent as it is rather than held whole in memory a second time. */
const MAX_COMPRESSED = 16 * 1024 * 1024;

/**
 * Every text answer (JSON, HTML, CSS, calendars) over 1 KB goes out brotli- or gzip-compressed
 * when the client accepts it, with `Vary: Accept-Encoding`; a GET answer that may be kept (not
 * `no-store`) gets an ETag, and a request naming it in If-None-Match gets 304 without a body.
 * Precompressed files (serve-web.ts) come with their Content-Encoding and pass untouched.
 */
export function compressResponse(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const method = c.req.method;
    if (method === "HEAD" || !res.body || res.headers.has("content-encoding")) return;
    if (res.status === 204 || res.status === 206 || res.status === 304) return;
    const type = res.headers.get("content-type") ?? "";
    if (!COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return;
    const cacheControl = res.headers.get("cache-control") ?? "";
    if (/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(cacheControl)) return;
    const declared = Number(res.headers.get("content-length") ?? Number.NaN);
    if (declared > MAX_COMPRESSED) return;

    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    const compressible = body.byteLength >= COMPRESS_THRESHOLD && body.byteLength <= MAX_COMPRESSED;
    if (compressible) varyOnCoding(headers);
    const validated =
      method === "GET" && res.status === 200 && !/(?:^|,)\s*no-store\s*(?:,|$)/i.test(cacheControl);
    if (validated) {
      const etag = headers.get("etag") ?? weakEtag(body);
      headers.set("etag", etag);
      if (etagMatches(c.req.header("if-none-match"), etag)) {
        c.res = undefined;
        c.res = new Response(null, { status: 304, headers: notModifiedHeaders(headers) });
        return;
      }
    }
    let out: Uint8Array = body;
    if (compressible) {
      const coding = pickCoding(c.req.header("accept-encoding"), ["br", "gzip"]);
      if (coding) {
        out = await encodeBody(body, coding);
        headers.set("content-encoding", coding);
      }
    }
    headers.set("content-length", String(out.byteLength));
    c.res = undefined;
    c.res = new Response(out, { status: res.status, statusText: res.statusText, headers });
  };
}

/** What a 304 keeps (RFC 9110 15.4.5): the validators and the caching headers. */
export function notModifiedHeaders(from: Headers): Headers {
  const out = new Headers();
  for (const name of ["etag", "cache-control", "vary", "content-location", "expires", "date"]) {
    const value = from.get(name);
    if (value !== null) out.set(name, value);
  }
  return out;
}
