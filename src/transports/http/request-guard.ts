import type { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { AppError, invalidInput } from "../../errors/app-error.js";
import type { HttpEnv } from "./http-env.js";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * What every request passes before a route sees it, the same on both databases:
 * - a path and query that decode, and hold no control characters (NUL breaks PostgreSQL text);
 * - for a writing method, a request from this server's own pages or from no browser at all
 *   (CSRF: a browser names the page's origin in `Origin` and `Sec-Fetch-Site`);
 * - a body of a media type the route declares in the OpenAPI document (a cross-site form can
 *   only send text/plain, form or multipart bodies);
 * - a body without control characters, nesting deeper than 64 or keys like `__proto__`
 *   (a vCard file is bytes: BYTE_BODIES).
 */
export function requestGuard(
  app: OpenAPIHono<HttpEnv>,
  options: { publicOrigin?: string | null } = {},
): MiddlewareHandler<HttpEnv> {
  // Hosted mode sits behind a proxy, so the origin a browser names is the public one, not the
  // address this process was asked on (which is still accepted: a browser cannot forge it).
  const publicOrigin = options.publicOrigin ?? null;
  let routes: DeclaredRoute[] | null = null;
  return async (c, next) => {
    const url = new URL(c.req.url);
    checkPath(url);
    const method = c.req.method;
    if (UNSAFE.has(method)) {
      checkOrigin(c.req.header("origin"), c.req.header("sec-fetch-site"), url, publicOrigin);
      if (url.pathname.startsWith("/api/")) {
        routes ??= declaredRoutes(app);
        await checkBody(
          c.req.raw.body !== null,
          c.req.raw.headers,
          () => c.req.text(),
          routes,
          method,
          url.pathname,
        );
      }
    }
    await next();
  };
}

function checkPath(url: URL): void {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    throw invalidInput("path", "The address is not valid percent-encoding.", "a valid URL path");
  }
  if (hasControl(path))
    throw invalidInput("path", "The address holds a control character.", "printable characters");
  for (const [name, value] of url.searchParams) {
    if (hasControl(name) || hasControl(value))
      throw invalidInput(name, `The query parameter ${name} holds a control character.`, "text");
  }
}

function checkOrigin(
  origin: string | undefined,
  site: string | undefined,
  url: URL,
  publicOrigin: string | null,
): void {
  const crossSite = site !== undefined && site !== "same-origin" && site !== "none";
  // `Origin: null` comes from sandboxed or file pages: never this server's own.
  const otherOrigin = origin !== undefined && origin !== url.origin && origin !== publicOrigin;
  if (crossSite || otherOrigin)
    throw new AppError(
      "FORBIDDEN",
      "This change was sent from another site, so it was refused (it could be a forged request). Make it from followthrough's own pages.",
      { field: "origin", accepted: publicOrigin ?? url.origin },
    );
}

interface DeclaredRoute {
  method: string;
  pattern: RegExp;
  /** The media types the route takes as a body; a route that declares none takes JSON. */
  types: Set<string>;
}

function declaredRoutes(app: OpenAPIHono<HttpEnv>): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== "route") continue;
    const route = definition.route;
    const source = route.path
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^/]+");
    const content = route.request?.body?.content;
    const types = new Set(content ? Object.keys(content) : ["application/json"]);
    out.push({ method: route.method.toUpperCase(), pattern: new RegExp(`^${source}$`), types });
  }
  return out;
}

/**
 * Bodies taken as bytes, whose character set is the route's to find: read as text here, a
 * Windows-1252 or UTF-16 file would reach the route already mangled. Its parser refuses control
 * characters in every value it keeps (UTF-16 is full of NUL bytes that are no such thing).
 */
const BYTE_BODIES = new Set(["text/vcard"]);

async function checkBody(
  hasBody: boolean,
  headers: Headers,
  read: () => Promise<string>,
  routes: DeclaredRoute[],
  method: string,
  path: string,
): Promise<void> {
  const declared = routes.find((r) => r.method === method && r.pattern.test(path));
  if (!declared) return; // the API's own 404 answers
  if (!hasBody) return;
  const type = (headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (BYTE_BODIES.has(type) && declared.types.has(type)) return;
  const text = await read();
  if (text === "") return;
  if (!declared.types.has(type))
    throw invalidInput(
      "content-type",
      type ? `This route does not take a body of type ${type}.` : "The body has no Content-Type.",
      [...declared.types].join(", "),
    );
  if (type === "application/json") checkJson(text);
  else if (hasControl(text))
    throw invalidInput("body", "The body holds a control character.", "text without them");
}

/** Walks the parsed JSON without recursion, naming the first bad value by its JSON path. */
function checkJson(text: string): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return; // the route's own validator says what is malformed
  }
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: "", depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { path, depth } = item;
    const here = path || "body";
    if (typeof item.value === "string") {
      if (hasControl(item.value))
        throw invalidInput(here, `${here} holds a control character.`, "text without them");
      continue;
    }
    if (item.value === null || typeof item.value !== "object") continue;
    if (depth >= MAX_DEPTH)
      throw invalidInput(
        here,
        `The body is nested too deeply at ${here}.`,
        `at most ${MAX_DEPTH} levels`,
      );
    for (const [key, child] of Object.entries(item.value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key) || hasControl(key))
        throw invalidInput(
          childPath,
          `The field name "${key}" is not accepted.`,
          "the documented fields",
        );
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
}

/** C0 controls and DEL, except tab, line feed and carriage return, which text may carry. */
export function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      return true;
  }
  return false;
}
