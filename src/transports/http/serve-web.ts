import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Context } from "hono";
import { INLINED_AGENDA_ID } from "../../client/inlined-data.js";
import type { TodayAgenda } from "../../use-cases/planning/get-today-agenda.js";
import { notModifiedHeaders } from "./compress-response.js";
import { type Coding, etagMatches, pickCoding, varyOnCoding, weakEtag } from "./content-coding.js";
import { withDataScript } from "./json-for-script.js";
import { localeOf, renderTodayHtml, withRenderedRoot } from "./render-today-html.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** The app's own page policy: its scripts and styles only, nothing from elsewhere. */
export const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Hashed file names (Vite's `assets/`) never change content: a year, never revalidated. */
const IMMUTABLE = "public, max-age=31536000, immutable";

export interface ServeWebOptions {
  /**
   * Today's agenda for the account of this request, sent inside the first HTML of `/`; null when
   * the request has no account (hosted mode, not signed in): the page then goes as built.
   */
  todayData?: () => Promise<TodayAgenda | null>;
  /**
   * Whose page it is: the server's mode and the request's account (null: hosted, not signed in),
   * marked on the page's <html> for the app (`web/src/page-marks.ts`).
   */
  whose?: () => Promise<PageOwner>;
}

export interface PageOwner {
  hosted: boolean;
  accountId: string | null;
}

/** `data-mode` and `data-account` on the page's <html>; an id outside [A-Za-z0-9_-] is left off. */
export function withPageOwner(html: string, owner: PageOwner): string {
  const account =
    owner.accountId !== null && /^[A-Za-z0-9_-]{1,100}$/.test(owner.accountId)
      ? ` data-account="${owner.accountId}"`
      : "";
  return html.replace(
    /<html\b/i,
    `<html data-mode="${owner.hosted ? "hosted" : "local"}"${account}`,
  );
}

/**
 * Serves the built web app from `root`: a file when the path names one, in the brotli or gzip
 * copy the build wrote beside it when the browser accepts one (scripts/precompress-web.mjs);
 * otherwise index.html so the app's own router shows the screen (SPA fallback). Hashed assets are
 * cached for a year; everything else is revalidated by its ETag. The page of `/` carries Today's
 * agenda as a JSON data script and its first cards drawn as escaped HTML, so the first screen needs
 * no second request and no script before the first card (R26).
 */
export async function serveWeb(
  c: Context,
  root: string,
  options: ServeWebOptions = {},
): Promise<Response> {
  // The request guard refuses paths that do not decode; this stays safe without it.
  let path: string;
  try {
    path = decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    path = "/";
  }
  const file = normalize(join(root, path));
  const inside = file.startsWith(root.endsWith(sep) ? root : root + sep);
  const found = inside && path !== "/" ? await loadFile(file) : null;
  if (found) return fileResponse(c, found, path.startsWith("/assets/") ? IMMUTABLE : "no-cache");

  const index = await loadFile(join(root, "index.html"));
  if (!index) {
    return c.text(
      "The web app is not built. Run `npm run build` (it writes dist/web), then start again.",
      503,
    );
  }
  let html = index.raw.toString("utf8");
  if (options.whose) html = withPageOwner(html, await options.whose());
  if (path === "/" && options.todayData) {
    // Without the data (the store failing) the page is sent as built and the app fetches it.
    const data = await options.todayData().catch(() => null);
    if (data !== null) {
      // The first cards drawn as escaped HTML in the root, and the same data for the app's store.
      const locale = localeOf(c.req.header("accept-language"));
      html = withDataScript(
        withRenderedRoot(html, renderTodayHtml(data, locale)),
        INLINED_AGENDA_ID,
        data,
      );
    }
  }
  // compress-response.ts gives it its ETag, answers If-None-Match and compresses it.
  return new Response(html, {
    headers: {
      "content-type": TYPES[".html"] as string,
      // The page may hold the user's own agenda: kept by their browser only, always revalidated.
      "cache-control": "private, no-cache",
      // Its dates are written in the language the browser asks for.
      vary: "Accept-Language",
      "content-security-policy": WEB_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    },
  });
}

interface WebFile {
  type: string;
  raw: Buffer;
  copies: Partial<Record<Coding, Buffer>>;
  etag: string;
  mtimeMs: number;
  size: number;
}

/** Files as last read, keyed by path; a changed size or mtime (a new build) reads them again. */
const files = new Map<string, WebFile>();

function fileResponse(c: Context, file: WebFile, cacheControl: string): Response {
  const offered = (["br", "gzip"] as const).filter((coding) => file.copies[coding]);
  const headers = new Headers({
    "content-type": file.type,
    "cache-control": cacheControl,
    etag: file.etag,
    "x-content-type-options": "nosniff",
  });
  // index.html asked for by name (the service worker keeps it as the offline shell) is the
  // app's page too: the same policy as `/`.
  if (file.type === TYPES[".html"]) {
    headers.set("content-security-policy", WEB_CSP);
    headers.set("referrer-policy", "no-referrer");
  }
  if (offered.length > 0) varyOnCoding(headers);
  if (etagMatches(c.req.header("if-none-match"), file.etag))
    return new Response(null, { status: 304, headers: notModifiedHeaders(headers) });
  const coding = pickCoding(c.req.header("accept-encoding"), offered);
  const body = (coding && file.copies[coding]) || file.raw;
  if (coding) headers.set("content-encoding", coding);
  headers.set("content-length", String(body.length));
  return new Response(c.req.method === "HEAD" ? null : new Uint8Array(body), { headers });
}

async function loadFile(path: string): Promise<WebFile | null> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    return null;
  }
  if (!info.isFile()) return null;
  const cached = files.get(path);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
  try {
    const raw = await readFile(path);
    const copies: WebFile["copies"] = {};
    const br = await readOptional(`${path}.br`);
    const gzip = await readOptional(`${path}.gz`);
    if (br) copies.br = br;
    if (gzip) copies.gzip = gzip;
    const loaded: WebFile = {
      type: TYPES[extname(path)] ?? "application/octet-stream",
      raw,
      copies,
      etag: weakEtag(raw),
      mtimeMs: info.mtimeMs,
      size: info.size,
    };
    files.set(path, loaded);
    return loaded;
  } catch {
    return null;
  }
}

async function readOptional(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}
