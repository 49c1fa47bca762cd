import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedIpv4, refusalOf } from "../../src/delivery/web/address-policy.js";
import {
  fetchPolicy,
  fetchPolicyFromEnv,
  type Resolver,
} from "../../src/delivery/web/fetch-policy.js";
import { safeFetch } from "../../src/delivery/web/safe-fetch.js";
import { AppError } from "../../src/errors/app-error.js";
import {
  startWatchFixtureServer,
  type WatchFixtureServer,
} from "../support/watch-fixture-server.js";

// The watch's fetcher against a real local server (R20). The server is on loopback, which the
// fetcher refuses; the tests let 127.0.0.1 through with the test-only allow-list, and the SSRF
// cases run without it or point elsewhere.
let server: WatchFixtureServer;
beforeAll(async () => {
  server = await startWatchFixtureServer();
});
afterAll(() => server.close());

const allowed = (extra: Parameters<typeof fetchPolicy>[0] = {}) =>
  fetchPolicy({ allowAddresses: ["127.0.0.1"], ...extra });
const fixedResolver = (...answers: string[][]): Resolver & { calls: number } => {
  const resolver = Object.assign(
    async () => {
      const answer = answers[Math.min(resolver.calls, answers.length - 1)] ?? [];
      resolver.calls++;
      return answer.map((address) => ({
        address,
        family: address.includes(":") ? (6 as const) : (4 as const),
      }));
    },
    { calls: 0 },
  );
  return resolver;
};

describe("safeFetch: SSRF (R20)", () => {
  it.each([
    ["http://127.0.0.1:9/feed", "127.0.0.1 is a private, loopback"],
    ["http://10.1.2.3/feed", "10.1.2.3 is a private"],
    [
      "http://169.254.169.254/latest/meta-data/",
      "169.254.169.254 is a private, loopback, link-local",
    ],
    ["http://[::1]:9/", "::1 is a private"],
    ["http://[::ffff:127.0.0.1]:9/", "::ffff:7f00:1 is a private"],
    ["http://[::ffff:a9fe:a9fe]/", "::ffff:a9fe:a9fe is a private"],
    ["http://100.64.0.1/", "100.64.0.1 is a private"],
    ["http://[fd00:ec2::254]/", "fd00:ec2::254 is a private"],
    ["http://2130706433/", "127.0.0.1 is a private"],
    ["http://0x7f.1/", "127.0.0.1 is a private"],
    ["http://[ff02::1]/", "ff02::1 is a private"],
  ])("%s is refused without connecting", async (url, reason) => {
    const out = await safeFetch(url, {}, fetchPolicy());
    expect(out).toEqual({ kind: "refused", reason: expect.stringContaining(reason) });
  });

  it("refuses schemes other than http and https", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.com/", "gopher://example.com/"])
      expect(await safeFetch(url, {}, fetchPolicy())).toMatchObject({
        kind: "refused",
        reason: expect.stringContaining("only http and https"),
      });
  });

  it("refuses a public-looking name that resolves to a private address", async () => {
    const resolve = fixedResolver(["93.184.216.34", "10.0.0.7"]);
    const out = await safeFetch("https://news.acme.example/feed", {}, fetchPolicy({ resolve }));
    expect(out).toEqual({
      kind: "refused",
      reason:
        "Not fetched: news.acme.example resolves to 10.0.0.7 is a private, loopback, link-local or reserved address, which the watch never connects to.",
    });
  });

  it("refuses a redirect to a private address, even from an allowed server", async () => {
    for (const to of [
      "http://169.254.169.254/latest/meta-data/",
      "http://127.0.0.2:1/",
      "file:///etc/passwd",
    ]) {
      const out = await safeFetch(
        `${server.origin}/redirect/${encodeURIComponent(to)}`,
        {},
        allowed(),
      );
      expect(out, to).toMatchObject({ kind: "refused" });
    }
  });

  it("connects to the address it checked, not to a second DNS answer", async () => {
    // First answer: the (allowed) fixture; any later one: the metadata service.
    const resolve = fixedResolver(["127.0.0.1"], ["169.254.169.254"]);
    const out = await safeFetch(
      `http://rebind.acme.example:${server.port}/feeds/press.xml`,
      {},
      allowed({ resolve }),
    );
    expect(out.kind).toBe("ok");
    expect(resolve.calls).toBe(1);
    // The other way round, the private first answer refuses before any connection.
    const first = fixedResolver(["169.254.169.254"], ["127.0.0.1"]);
    expect(
      await safeFetch(
        `http://rebind.acme.example:${server.port}/feeds/press.xml`,
        {},
        allowed({ resolve: first }),
      ),
    ).toMatchObject({ kind: "refused" });
    expect(first.calls).toBe(1);
  });

  it("caps redirects", async () => {
    let url = `${server.origin}/feeds/press.xml`;
    for (let i = 0; i < 7; i++) url = `${server.origin}/redirect/${encodeURIComponent(url)}`;
    expect(await safeFetch(url, {}, allowed())).toMatchObject({
      kind: "refused",
      reason: expect.stringContaining("more than 5 redirects"),
    });
  });

  it("refuses the test allow-list in hosted mode, off by default", () => {
    expect(() => fetchPolicy({ hosted: true, allowAddresses: ["127.0.0.1"] })).toThrow(AppError);
    expect(() =>
      fetchPolicyFromEnv({
        FOLLOWTHROUGH_MODE: "hosted",
        FOLLOWTHROUGH_WATCH_TEST_ALLOW: "127.0.0.1",
      }),
    ).toThrow(/refused in hosted mode/);
    expect([...fetchPolicyFromEnv({}).allowAddresses]).toEqual([]);
    expect([
      ...fetchPolicyFromEnv({ FOLLOWTHROUGH_WATCH_TEST_ALLOW: "127.0.0.1, ::1" }).allowAddresses,
    ]).toEqual(["127.0.0.1", "::1"]);
  });

  it("reads mapped and NAT64 forms as the IPv4 address inside", () => {
    expect(embeddedIpv4("::ffff:7f00:1")).toBe("127.0.0.1");
    expect(embeddedIpv4("::ffff:10.0.0.1")).toBe("10.0.0.1");
    expect(embeddedIpv4("64:ff9b::a9fe:a9fe")).toBe("169.254.169.254");
    expect(refusalOf("64:ff9b::a9fe:a9fe", new Set())).not.toBeNull();
    expect(refusalOf("64:ff9b::5db8:d822", new Set())).toBeNull();
    expect(refusalOf("2606:4700::1111", new Set())).toBeNull();
    expect(refusalOf("93.184.216.34", new Set())).toBeNull();
  });
});

describe("safeFetch: what it reads (R20)", () => {
  it("reads a feed, then gets a 304 for the same Last-Modified", async () => {
    const first = await safeFetch(`${server.origin}/feeds/press.xml`, {}, allowed());
    if (first.kind !== "ok") throw new Error(JSON.stringify(first));
    expect(first.lastModified).toBe("Tue, 24 Nov 2026 09:00:00 GMT");
    expect(new TextDecoder().decode(first.body)).toContain("Acme Newsroom");
    expect(
      await safeFetch(
        `${server.origin}/feeds/press.xml`,
        { lastModified: first.lastModified },
        allowed(),
      ),
    ).toEqual({ kind: "not-modified" });
    expect(server.requests.at(-1)?.ifModifiedSince).toBe("Tue, 24 Nov 2026 09:00:00 GMT");
  });

  it("sends the ETag back and gets a 304", async () => {
    const first = await safeFetch(`${server.origin}/boards/lever/acme`, {}, allowed());
    expect(first).toMatchObject({ kind: "ok", etag: '"lever-v1"' });
    expect(
      await safeFetch(`${server.origin}/boards/lever/acme`, { etag: '"lever-v1"' }, allowed()),
    ).toEqual({ kind: "not-modified" });
  });

  it("decompresses gzip, and cuts a gzip bomb off at the cap after decompression", async () => {
    expect(await safeFetch(`${server.origin}/gzip.xml`, {}, allowed())).toMatchObject({
      kind: "ok",
    });
    expect(await safeFetch(`${server.origin}/bomb.xml`, {}, allowed())).toMatchObject({
      kind: "failed",
      reason: `127.0.0.1:${server.port} sent more than 2 MiB; the watch reads at most that.`,
    });
  });

  it("stops reading an endless answer at the size cap, and a slow one at the time cap", async () => {
    expect(
      await safeFetch(`${server.origin}/endless`, {}, allowed({ maxBytes: 256 * 1024 })),
    ).toMatchObject({ kind: "failed", reason: expect.stringContaining("sent more than 256 KiB") });
    expect(await safeFetch(`${server.origin}/slow`, {}, allowed({ timeoutMs: 800 }))).toMatchObject(
      { kind: "failed", reason: expect.stringContaining("did not answer in full within") },
    );
  });

  it("passes Retry-After on, and names an unknown board's 404", async () => {
    expect(await safeFetch(`${server.origin}/busy`, {}, allowed())).toMatchObject({
      kind: "failed",
      status: 429,
      retryAfterSeconds: 120,
    });
    expect(await safeFetch(`${server.origin}/boards/lever/nobody`, {}, allowed())).toMatchObject({
      kind: "failed",
      status: 404,
      reason: expect.stringContaining("unknown board name"),
    });
  });

  it("follows a redirect that stays public (here: allowed)", async () => {
    const out = await safeFetch(
      `${server.origin}/redirect/${encodeURIComponent("/feeds/blog.atom")}`,
      {},
      allowed(),
    );
    expect(out).toMatchObject({ kind: "ok", finalUrl: `${server.origin}/feeds/blog.atom` });
  });

  it("says a name that does not resolve does not", async () => {
    const resolve: Resolver = async () => {
      throw Object.assign(new Error("nope"), { code: "ENOTFOUND" });
    };
    expect(
      await safeFetch("https://no-such-board.acme.example/", {}, fetchPolicy({ resolve })),
    ).toMatchObject({
      kind: "failed",
      reason: "The name no-such-board.acme.example does not resolve (check the address).",
    });
  });
});
