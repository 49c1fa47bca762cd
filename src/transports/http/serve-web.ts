import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Context } from "hono";

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

/**
 * Serves the built web app from `root`: a file when the path names one (hashed assets are cached
 * for a year), otherwise index.html so the app's own router shows the screen (SPA fallback).
 */
export async function serveWeb(c: Context, root: string): Promise<Response> {
  // The request guard refuses paths that do not decode; this stays safe without it.
  let path: string;
  try {
    path = decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    path = "/";
  }
  const file = normalize(join(root, path));
  const inside = file.startsWith(root.endsWith(sep) ? root : root + sep);
  const found = inside && path !== "/" ? await readIfFile(file) : null;
  if (found) {
    const immutable = path.startsWith("/assets/");
    return new Response(new Uint8Array(found), {
      headers: {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        "x-content-type-options": "nosniff",
      },
    });
  }
  const index = await readIfFile(join(root, "index.html"));
  if (!index) {
    return c.text(
      "The web app is not built. Run `npm run build` (it writes dist/web), then start again.",
      503,
    );
  }
  return new Response(new Uint8Array(index), {
    headers: {
      "content-type": TYPES[".html"] as string,
      "cache-control": "no-cache",
      "content-security-policy": WEB_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    },
  });
}

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    if (!(await stat(file)).isFile()) return null;
    return await readFile(file);
  } catch {
    return null;
  }
}
