// What a browser receives: static assets in the precompressed copy it accepts (brotli, gzip) or
// as they are, API answers and pages compressed on the fly above 1 KB, `Vary: Accept-Encoding`,
// year-long caching for hashed assets, and ETags that turn a repeated request into a 304.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { STORE_KINDS, type TestStore } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

const PRECOMPRESS = join(import.meta.dirname, "..", "..", "scripts", "precompress-web.mjs");
// A script like Vite's output: long and repetitive enough that both codings shrink it.
const SCRIPT = Array.from({ length: 400 }, (_, i) => `export const line${i} = "follow up ${i}";`)
  .join("\n")
  .concat("\n");

type App = ReturnType<typeof createApp>;

/** The bytes as sent and as the browser reads them after undoing the Content-Encoding. */
async function received(res: Response): Promise<{ wire: Buffer; text: string }> {
  const wire = Buffer.from(await res.arrayBuffer());
  const coding = res.headers.get("content-encoding");
  const plain =
    coding === "br" ? brotliDecompressSync(wire) : coding === "gzip" ? gunzipSync(wire) : wire;
  return { wire, text: plain.toString("utf8") };
}

/**
 * The typed client through a browser-like fetch: it asks for brotli and gzip, undoes the coding,
 * keeps each answer with its ETag and revalidates it (If-None-Match), a 304 giving back the kept
 * answer. `wire` records each answer's status and headers as the server sent them.
 */
function browserLikeClient(app: App) {
  const kept = new Map<string, { etag: string; body: string; type: string }>();
  const wire: { path: string; status: number; headers: Headers; bytes: number }[] = [];
  const api = createApiClient({
    fetch: async (input, init) => {
      const path = String(input);
      const headers = new Headers(init?.headers);
      headers.set("accept-encoding", "gzip, deflate, br");
      const cached = init?.method === "GET" ? kept.get(path) : undefined;
      if (cached) headers.set("if-none-match", cached.etag);
      const res = await app.request(path, { ...init, headers });
      const { wire: bytes, text } = await received(res);
      wire.push({ path, status: res.status, headers: res.headers, bytes: bytes.length });
      if (res.status === 304 && cached)
        return new Response(cached.body, { status: 200, headers: { "content-type": cached.type } });
      const etag = res.headers.get("etag");
      if (etag && init?.method === "GET")
        kept.set(path, { etag, body: text, type: res.headers.get("content-type") ?? "" });
      return new Response(text, { status: res.status, headers: res.headers });
    },
  });
  return { api, wire };
}

describe("static assets: precompressed at build, chosen by Accept-Encoding, cached", () => {
  const ts = useTestStore("sqlite");
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "followthrough-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>app</title><body></body>");
    writeFileSync(join(root, "assets", "app-123.js"), SCRIPT);
    writeFileSync(join(root, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    // The build's own step (npm run build runs it on dist/web).
    execFileSync(process.execPath, [PRECOMPRESS, root]);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const app = () => createApp({ store: ts.store, context: () => ts.ctx, webRoot: root });

  it("the build wrote a brotli and a gzip copy of the script, each smaller, none of a tiny file", () => {
    const br = readFileSync(join(root, "assets", "app-123.js.br"));
    const gz = readFileSync(join(root, "assets", "app-123.js.gz"));
    expect(brotliDecompressSync(br).toString("utf8")).toBe(SCRIPT);
    expect(gunzipSync(gz).toString("utf8")).toBe(SCRIPT);
    expect(br.length).toBeLessThan(SCRIPT.length / 4);
    expect(gz.length).toBeLessThan(SCRIPT.length / 4);
    expect(() => readFileSync(join(root, "favicon.svg.br"))).toThrow();
  });

  it.each([
    ["br", "br"],
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0.5, br;q=0.8", "br"],
    ["*", "br"],
  ])("Accept-Encoding: %s → %s, with the right Content-Length and Vary", async (accept, coding) => {
    const res = await app().request("/assets/app-123.js", {
      headers: { "accept-encoding": accept },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe(coding);
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(res.headers.get("content-type")).toContain("javascript");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const { wire, text } = await received(res);
    expect(Number(res.headers.get("content-length"))).toBe(wire.length);
    expect(wire.length).toBeLessThan(SCRIPT.length / 4);
    expect(text).toBe(SCRIPT);
  });

  it.each([
    ["no Accept-Encoding", {}],
    ["identity only", { "accept-encoding": "identity" }],
    ["both refused", { "accept-encoding": "br;q=0, gzip;q=0, deflate" }],
  ])("%s: the file as it is, still with Vary", async (_, headers) => {
    const res = await app().request("/assets/app-123.js", { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.toString("utf8")).toBe(SCRIPT);
    expect(Number(res.headers.get("content-length"))).toBe(body.length);
  });

  it("a file revalidated with its ETag gets 304 and no body; a changed ETag gets the file", async () => {
    const first = await app().request("/favicon.svg");
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await app().request("/favicon.svg", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    const asset = await app().request("/assets/app-123.js", {
      headers: { "accept-encoding": "br" },
    });
    const revalidated = await app().request("/assets/app-123.js", {
      headers: { "accept-encoding": "gzip", "if-none-match": asset.headers.get("etag") as string },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("vary")).toMatch(/accept-encoding/i);
    const stale = await app().request("/favicon.svg", { headers: { "if-none-match": 'W/"old"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toContain("<svg");
  });
});

describe.each(STORE_KINDS)(
  "API answers and pages on %s: compressed on the fly, validated",
  (kind) => {
    const ts = useTestStore(kind);
    const appOf = (t: TestStore) => createApp({ store: t.store, context: () => t.ctx });

    it("GET /api/agenda is compressed for a browser and plain for a client that asks for nothing; a repeat is 304 until the plan changes", async () => {
      const app = appOf(ts);
      const { api, wire } = browserLikeClient(app);
      const added = await api.addInterview({
        company: "Acme",
        role: "Data Engineer",
        at: "2026-11-20T14:00",
        timeZone: "America/Chicago",
        timeline: "two weeks",
      });
      for (const name of ["Dana Whitfield", "Raj Patel", "Mei Chen"])
        await api.addContact(added.interview.id, { name, email: `${name[0]}@acme.example` });
      const agenda = await api.getAgenda();
      const first = wire.at(-1);
      expect(first?.status).toBe(200);
      expect(first?.headers.get("content-encoding")).toBe("br");
      expect(first?.headers.get("vary")).toMatch(/accept-encoding/i);
      expect(first?.headers.get("cache-control")).toBe("private, no-cache");
      expect(Number(first?.headers.get("content-length"))).toBe(first?.bytes);

      const plain = await app.request("/api/agenda");
      expect(plain.headers.get("content-encoding")).toBeNull();
      const plainText = await plain.text();
      expect(JSON.parse(plainText)).toEqual(agenda);
      expect(Number(plain.headers.get("content-length"))).toBe(Buffer.byteLength(plainText));
      expect(first?.bytes).toBeLessThan(Buffer.byteLength(plainText) / 2);

      expect(await api.getAgenda()).toEqual(agenda);
      expect(wire.at(-1)?.status).toBe(304);
      expect(wire.at(-1)?.bytes).toBe(0);

      const row = agenda.dueToday[0] ?? agenda.overdue[0] ?? agenda.upcoming[0];
      await api.markDone(row?.action.id as string);
      // A write is never kept by a cache.
      expect(wire.at(-1)?.headers.get("cache-control")).toBe("no-store");
      const after = await api.getAgenda();
      expect(wire.at(-1)?.status).toBe(200);
      expect(JSON.stringify(after)).not.toContain(row?.action.id as string);
    });

    it("a small answer is sent as it is, without Vary", async () => {
      const app = appOf(ts);
      const res = await app.request("/api/agenda", { headers: { "accept-encoding": "br, gzip" } });
      const text = await res.text();
      expect(Buffer.byteLength(text)).toBeLessThan(1024);
      expect(res.headers.get("content-encoding")).toBeNull();
      expect(res.headers.get("vary")).toBeNull();
      expect(res.headers.get("etag")).toMatch(/^W\//);
    });
  },
);
