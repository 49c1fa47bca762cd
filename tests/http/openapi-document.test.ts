import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { openTestStore, type TestStore } from "../support/test-store.js";

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
}
interface Document {
  info: { license?: { name: string; identifier?: string } };
  servers?: { url: string }[];
  security?: Record<string, string[]>[];
  components: { securitySchemes?: Record<string, { type: string; in?: string; name?: string }> };
  paths: Record<string, Record<string, Operation>>;
}

/** Routes a browser reaches by address, not through the typed client, and their operationIds. */
const NOT_CALLED_BY_CLIENT: Record<string, string> = {
  "GET /calendar/{file}": "getCalendarFile",
};

/**
 * Which client method sends which request: every method of the real client is called with
 * placeholder arguments, and the request it makes (or the address it builds) is recorded.
 */
async function requestsOfClient(): Promise<{ method: string; name: string; path: string }[]> {
  const seen: { method: string; name: string; path: string }[] = [];
  let current = "";
  const client = createApiClient({
    fetch: async (input, init) => {
      const url = new URL(String(input), "http://client.test");
      seen.push({ method: init?.method ?? "GET", name: current, path: url.pathname });
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  for (const [name, method] of Object.entries(client) as [string, (...a: unknown[]) => unknown][]) {
    current = name;
    const args = Array.from({ length: Math.max(method.length, 3) }, (_, i) => `arg${i}`);
    const made = await Promise.resolve(method(...args)).catch(() => null);
    // A method that builds an address instead of fetching it (draftFileUrl): a GET of that path.
    if (typeof made === "string" && made.startsWith("/api/"))
      seen.push({ method: "GET", name, path: new URL(made, "http://client.test").pathname });
  }
  return seen;
}

/** The OpenAPI path a concrete request path is an instance of. */
function routeOf(path: string, templates: string[]): string | undefined {
  return templates.find((t) =>
    new RegExp(`^${t.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path.replace(/%7B|%7D/gi, "")),
  );
}

// Local mode, and hosted mode, which has routes of its own (the account's sessions and audit log).
describe.each(["local", "hosted"] as const)("the OpenAPI document in %s mode", (mode) => {
  let t: TestStore;
  let doc: Document;
  beforeAll(async () => {
    t = await openTestStore("sqlite");
    const app = createApp({
      store: t.store,
      context: () => t.ctx,
      hosted:
        mode === "hosted"
          ? { publicOrigin: "https://followthrough.example.org", accountOf: async () => null }
          : null,
    });
    doc = (await (await app.request("/api/openapi.json")).json()) as Document;
  });
  afterAll(async () => t.cleanup());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    );

  it("names every operation, uniquely, as the typed client's method that sends it", async () => {
    const templates = Object.keys(doc.paths);
    const byRoute = new Map<string, Set<string>>();
    for (const r of await requestsOfClient()) {
      const path = routeOf(r.path, templates);
      if (!path) continue;
      const route = `${r.method} ${path}`;
      byRoute.set(route, (byRoute.get(route) ?? new Set()).add(r.name));
    }
    const wrong: string[] = [];
    const ids = new Map<string, string>();
    for (const { route, op } of operations()) {
      const names = byRoute.get(route) ?? new Set([NOT_CALLED_BY_CLIENT[route] ?? ""]);
      if (!op.operationId)
        wrong.push(`${route}: no operationId (name it ${[...names].join(" or ")})`);
      else if (!names.has(op.operationId))
        wrong.push(
          `${route}: operationId ${op.operationId}, but the client calls it ${[...names].join(" or ")}`,
        );
      else if (ids.has(op.operationId))
        wrong.push(`${route}: operationId ${op.operationId} is also ${ids.get(op.operationId)}'s`);
      if (op.operationId) ids.set(op.operationId, route);
    }
    expect(wrong).toEqual([]);
    expect(ids.size).toBeGreaterThan(40);
  });

  it("says where it is served, under which licence, and how a hosted server will authenticate", () => {
    expect(doc.info.license).toEqual({ name: "MIT", identifier: "MIT" });
    expect(doc.servers?.length).toBeGreaterThan(0);
    const schemes = doc.components.securitySchemes ?? {};
    expect(Object.values(schemes)).toContainEqual(
      expect.objectContaining({ type: "apiKey", in: "cookie" }),
    );
    // Local mode needs no credentials ({}); a hosted server needs its session cookie.
    if (mode === "local") expect(doc.security).toContainEqual({});
    else expect(doc.security?.every((s) => Object.keys(s).length > 0)).toBe(true);
    expect(doc.security?.some((s) => Object.keys(s).some((k) => k in schemes))).toBe(true);
  });

  it("has only patterns that are ECMA-262 regular expressions as they are, without flags", () => {
    const bad: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node))
        node.forEach((n, i) => {
          walk(n, `${at}/${i}`);
        });
      else if (node && typeof node === "object")
        for (const [key, value] of Object.entries(node)) {
          if (key === "pattern" && typeof value === "string") {
            const problem = patternProblem(value);
            if (problem) bad.push(`${at}: ${value} (${problem})`);
          } else walk(value, `${at}/${key}`);
        }
    };
    walk(doc, "#");
    expect(bad).toEqual([]);
    expect(patternProblem("^https?:\\/\\/\\S+$/i")).toMatch(/after the end/);
    expect(patternProblem("^[a-z]+(")).toMatch(/not a regular expression/);
  });

  it("passes an independent linter, Redocly CLI's recommended rules, with no error or warning", () => {
    const dir = mkdtempSync(join(tmpdir(), "followthrough-openapi-"));
    try {
      const file = join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(doc));
      const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
      const run = spawnSync(
        process.execPath,
        [cli, "lint", "--config", new URL("../../redocly.yaml", import.meta.url).pathname, file],
        {
          encoding: "utf8",
          timeout: 120_000,
          // Nothing leaves the machine: no telemetry, no update check.
          env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        },
      );
      const out = `${run.stdout}\n${run.stderr}`;
      expect(out).toMatch(/Woohoo! Your API description is valid/);
      // Its own notices (a Node.js deprecation box) are not findings; a finding is counted.
      expect(out).not.toMatch(/\d+ (errors?|warnings?)\b/);
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Why a JSON Schema pattern is no ECMA-262 regular expression a client can apply as it is (in
 * Unicode mode, as JSON Schema validators compile it), or null. A `$` with more after it outside
 * a group (a stray `/i` of a JavaScript literal) never matches.
 */
function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    return `not a regular expression: ${(error as Error).message}`;
  }
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "$" && !inClass && i + 1 < pattern.length && !/[|)]/.test(pattern[i + 1] ?? ""))
      return `text after the end anchor: "${pattern.slice(i + 1)}"`;
  }
  return null;
}
