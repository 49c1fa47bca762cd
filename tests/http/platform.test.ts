import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/transports/http/create-app.js";
import { openTestStore, type TestStore } from "../support/test-store.js";
import { expectError, openTestApp, type TestApp } from "./http-test-app.js";

describe("HTTP platform: documents, errors, limits, web assets", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite");
  });
  afterAll(async () => t.cleanup());

  it("serves the OpenAPI document with every route and the one error shape", async () => {
    const doc = await t.call("GET", "/api/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
    const paths = Object.keys(doc.body.paths);
    for (const path of [
      "/api/profile",
      "/api/interviews",
      "/api/interviews/{id}",
      "/api/interviews/{id}/plan",
      "/api/interviews/{id}/contacts",
      "/api/interviews/{id}/contacts/import",
      "/api/interviews/{id}/notes",
      "/api/interviews/{id}/correspondence",
      "/api/interviews/{id}/events",
      "/api/contacts",
      "/api/contacts/{id}",
      "/api/agenda",
      "/api/actions/{id}/done",
      "/api/actions/{id}/skip",
      "/api/actions/{id}/snooze",
      "/api/applications/{id}",
      "/api/export",
      "/api/import",
    ])
      expect(paths).toContain(path);
    expect(doc.body.components.schemas.Error).toBeTruthy();
    expect(doc.body.paths["/api/interviews"].post.responses["400"]).toBeTruthy();
  });

  it("serves a readable, self-contained reference page", async () => {
    const page = await t.call("GET", "/api/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.text).toContain("/api/interviews/{id}/contacts");
    expect(page.text).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)[a-z]/i);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("answers malformed JSON, a wrong media type, an unknown route and a huge body in the one shape, never 500", async () => {
    const badJson = await t.call("POST", "/api/interviews", "{", {
      "content-type": "application/json",
    });
    expectError(badJson, 400, "body");
    const wrongType = await t.call("POST", "/api/interviews", "company=Acme", {
      "content-type": "text/plain",
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.code).toBe("INVALID_INPUT");
    expectError(await t.call("GET", "/api/nothing-here"), 404, "path");
    const huge = await t.call("PUT", "/api/profile", { signature: "x".repeat(3 * 1024 * 1024) });
    expectError(huge, 400, "body");
  });

  it("sends no user text as HTML: API answers are JSON", async () => {
    const added = await t.call("POST", "/api/interviews", {
      company: "<script>alert(1)</script>",
      role: "<img src=x onerror=alert(1)>",
      at: "2026-11-20T14:00",
      timeZone: "UTC",
    });
    expect(added.status).toBe(201);
    expect(added.headers.get("content-type")).toContain("application/json");
    expect(added.body.company.name).toBe("<script>alert(1)</script>");
  });
});

describe("HTTP web assets and host check", () => {
  let ts: TestStore;
  let root: string;
  beforeAll(async () => {
    ts = await openTestStore("sqlite");
    root = mkdtempSync(join(tmpdir(), "followthrough-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(root, "assets", "app-123.js"), "console.log(1)");
  });
  afterAll(async () => {
    await ts.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves files, falls back to index.html for app routes, and never leaves the folder", async () => {
    const app = createApp({ store: ts.store, context: () => ts.ctx, webRoot: root });
    const asset = await app.request("/assets/app-123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("javascript");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    const screen = await app.request("/applications/ap_123");
    expect(screen.status).toBe(200);
    expect(await screen.text()).toContain("<title>app</title>");
    expect(screen.headers.get("content-security-policy")).toContain("script-src 'self'");
    const traversal = await app.request("/..%2f..%2fetc/passwd");
    expect(await traversal.text()).not.toContain("root:");
    expectError(
      {
        status: (await app.request("/api/missing")).status,
        body: await (await app.request("/api/missing")).json(),
        text: "",
        headers: new Headers(),
      },
      404,
    );
  });

  it("refuses another Host when bound to loopback (DNS rebinding)", async () => {
    const app = createApp({
      store: ts.store,
      context: () => ts.ctx,
      allowedHosts: ["127.0.0.1:4319"],
    });
    const own = await app.request("/api/profile", { headers: { host: "127.0.0.1:4319" } });
    expect(own.status).toBe(200);
    const other = await app.request("/api/profile", { headers: { host: "evil.example" } });
    expect(other.status).toBe(400);
    expect(((await other.json()) as { error: { field: string } }).error.field).toBe("host");
  });
});
