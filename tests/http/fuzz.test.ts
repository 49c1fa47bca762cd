import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type OpenApiDocument, requestsFor } from "../../bench/openapi-requests.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { seedInterview, type TestApp } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

const SEED = 20261201;
const RUNS_PER_OPERATION = 20;
/**
 * Not a speed target (that is in the bench): a guard against a request that freezes the server,
 * which is what a hostile text did before (90 s and more), set far above any honest answer.
 */
const FREEZE_MS = 5_000;

async function knownIds(t: TestApp): Promise<string[]> {
  const { interviewId, applicationId, contactId } = await seedInterview(t);
  const plan = await t.call("GET", `/api/interviews/${interviewId}/plan`);
  const actionIds = (plan.body.actions as { id: string }[]).map((a) => a.id);
  const company = (await t.call("GET", `/api/applications/${applicationId}`)).body?.company?.id;
  return [
    interviewId,
    applicationId,
    contactId,
    ...actionIds.slice(0, 3),
    company ?? "co_x",
  ].concat(["eml", "pdf", "txt", "thank-you-email", "followthrough.ics", "unknown"]);
}

describe.each(STORE_KINDS)("every documented route under hostile input on %s", (kind) => {
  const app = useTestApp(kind);

  it("never answers 5xx, never freezes, and changes nothing when it refuses", async () => {
    const t = app.get();
    const doc = (await t.call("GET", "/api/openapi.json")).body as OpenApiDocument;
    const ids = await knownIds(t);
    const problems: string[] = [];
    let requests = 0;
    for (const [route, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const samples = fc.sample(requestsFor(doc, route, method, ids), {
          seed: SEED,
          numRuns: RUNS_PER_OPERATION,
        });
        for (const request of samples) {
          const before = await snapshotStore(t.store);
          const started = performance.now();
          const reply = await t.call(request.method, request.path, request.body, request.headers);
          const ms = performance.now() - started;
          requests++;
          const what = `${request.route} → ${request.method} ${request.path.slice(0, 120)} [${request.headers["content-type"] ?? "no body"}: ${(request.body ?? "").slice(0, 80)}]`;
          if (reply.status >= 500)
            problems.push(`${reply.status} ${what}: ${reply.text.slice(0, 200)}`);
          if (ms > FREEZE_MS) problems.push(`${Math.round(ms)} ms ${what}`);
          if (reply.status >= 400) {
            if (typeof reply.body?.error?.message !== "string")
              problems.push(`no error body ${what}: ${reply.text.slice(0, 200)}`);
            const after = await snapshotStore(t.store);
            if (JSON.stringify(after) !== JSON.stringify(before))
              problems.push(`refused (${reply.status}) but changed the store: ${what}`);
          }
        }
      }
    }
    // The texts that froze the server, every time, not only when the generator picks them.
    for (const text of [
      "a".repeat(2_000),
      Array.from({ length: 8 }, () => "q".repeat(60)).join(" "),
      "x".repeat(100_000),
    ]) {
      const reply = await t.call("POST", "/api/checks", { text });
      requests++;
      if (reply.status >= 500)
        problems.push(`${reply.status} POST /api/checks ${text.length} letters`);
    }
    expect(requests).toBeGreaterThan(600);
    expect(problems).toEqual([]);
  }, 600_000);

  it("refuses NUL and control characters in paths, queries and bodies with the field named", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const before = await snapshotStore(t.store);
    const nulPath = await t.call("GET", "/api/interviews/%00");
    expect(nulPath.status).toBe(400);
    expect(nulPath.body.error.field).toBe("path");
    expect((await t.call("GET", "/%ff")).status).toBe(400);
    const query = await t.call("GET", "/api/search?q=a%00b");
    expect(query.status).toBe(400);
    expect(query.body.error.field).toBe("q");
    const note = await t.call("POST", `/api/interviews/${interviewId}/notes`, {
      kind: "highlight",
      text: "stayed\u0000with me",
    });
    expect(note.status).toBe(400);
    expect(note.body.error.field).toBe("text");
    const nested = await t.call("POST", "/api/interviews", {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      location: "Room\u001b4",
    });
    expect(nested.body.error.field).toBe("location");
    const card = await t.call(
      "POST",
      `/api/interviews/${interviewId}/contacts/import`,
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ra\u0000j\r\nEND:VCARD\r\n",
      { "content-type": "text/vcard" },
    );
    // A vCard is bytes (UTF-16 is full of NULs): its parser names the card, field and line.
    expect(card.status).toBe(400);
    expect(card.body.error.field).toBe("vcard");
    expect(card.body.error.message).toBe(
      "Card 1 (line 3): FN (the name) holds the control character U+0000 — remove it",
    );
    const proto = await t.call("PUT", "/api/profile", '{"__proto__":{"name":"x"}}', {
      "content-type": "application/json",
    });
    expect(proto.body.error.field).toBe("__proto__");
    const deep = await t.call("PUT", "/api/profile", `{"a":${"[".repeat(100)}${"]".repeat(100)}}`, {
      "content-type": "application/json",
    });
    expect(deep.status).toBe(400);
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("refuses writes from another site, and bodies of a type the route does not declare (CSRF)", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    // The feed's address is made on first ask: asked before the snapshot, so only the refused
    // writes are between the two.
    const feed = (await t.call("GET", "/api/calendar-feed")).body;
    const before = await snapshotStore(t.store);
    const forged = await t.call("POST", "/api/calendar-feed/rotate", undefined, {
      origin: "http://127.0.0.1:9999",
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error.field).toBe("origin");
    const crossSite = await t.call("POST", "/api/calendar-feed/rotate", undefined, {
      "sec-fetch-site": "cross-site",
    });
    expect(crossSite.status).toBe(403);
    expect((await t.call("GET", "/api/calendar-feed")).body).toEqual(feed);
    const plain = await t.call(
      "POST",
      `/api/interviews/${interviewId}/contacts/import`,
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mallory\r\nEND:VCARD\r\n",
      { "content-type": "text/plain" },
    );
    expect(plain.status).toBe(400);
    expect(plain.body.error.field).toBe("content-type");
    expect(await snapshotStore(t.store)).toEqual(before);
    // The app's own pages, and clients that are not browsers, still write.
    const own = await t.call("POST", "/api/calendar-feed/rotate", undefined, {
      origin: "http://localhost",
      "sec-fetch-site": "same-origin",
    });
    expect(own.status).toBe(200);
  });
});
