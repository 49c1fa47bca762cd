import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openTestApp } from "./http-test-app.js";

const CLIENT = new URL("../../src/client/api-client.ts", import.meta.url);
/** Routes a browser reaches by address, not through the typed client. */
const NOT_CALLED_BY_CLIENT = new Set([
  "GET /api/openapi.json",
  "GET /api/docs",
  "GET /calendar/{file}",
]);

/** Every `"METHOD", \`/api/...\`` the client sends, with each interpolated value as a parameter. */
function clientRoutes(source: string): Set<string> {
  const found = new Set<string>();
  for (const m of source.matchAll(/"(GET|POST|PUT|PATCH|DELETE)",\s*[`"]([^`"]+)[`"]/g)) {
    // A query built in place (`${days === undefined ? "" : …}`) is not part of the route.
    const raw = (m[2] as string).replace(/\$\{[^}?]*\?[\s\S]*$/, "");
    const path = raw.replace(/\$\{[^}]*\}/g, "{}").split("?")[0] as string;
    found.add(`${m[1]} ${path.replace(/\{\}\{\}/g, "{}")}`);
  }
  // Links the client builds for downloads (draftFileUrl) are GETs of that path.
  for (const m of source.matchAll(/`\$\{base\}(\/api\/[^`]+)`/g))
    found.add(`GET ${(m[1] as string).replace(/\$\{[^}]*\}/g, "{}")}`);
  return found;
}

describe("the typed client", () => {
  it("has a method for every route of the OpenAPI document", async () => {
    const t = await openTestApp("sqlite");
    try {
      const doc = (await t.call("GET", "/api/openapi.json")).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      const called = clientRoutes(readFileSync(CLIENT, "utf8"));
      const missing: string[] = [];
      for (const [path, ops] of Object.entries(doc.paths))
        for (const method of Object.keys(ops)) {
          const route = `${method.toUpperCase()} ${path}`;
          if (NOT_CALLED_BY_CLIENT.has(route)) continue;
          if (!called.has(`${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, "{}")}`))
            missing.push(route);
        }
      expect(missing).toEqual([]);
    } finally {
      await t.cleanup();
    }
  });
});
