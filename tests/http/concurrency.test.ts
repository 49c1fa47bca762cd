import { describe, expect, it } from "vitest";
import { replanAll } from "../../src/use-cases/planning/replan-all.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import type { Reply, TestApp } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

const CLIENTS = 20;
const COMPANIES = ["Acme", "Birch Analytics", "Cedar & Co"];

/** One person's capture after an interview, as the phone sends it, request after request. */
async function capture(t: TestApp, client: number, replies: Reply[]): Promise<void> {
  const call = async (method: string, path: string, body?: unknown) => {
    const reply = await t.call(method, path, body);
    replies.push(reply);
    return reply;
  };
  const added = await call("POST", "/api/interviews", {
    company: COMPANIES[client % COMPANIES.length],
    role: `Role ${client % 4}`,
    at: `2026-11-${String(10 + (client % 9)).padStart(2, "0")}T14:00`,
    timeZone: "America/Chicago",
    timeline: "two weeks",
  });
  if (added.status !== 201) return;
  const interviewId = added.body.interview.id as string;
  const person = await call("POST", `/api/interviews/${interviewId}/contacts`, {
    name: `Person ${client}`,
    email: `p${client}@example.com`,
    agreedToConnect: client % 2 === 0,
  });
  await call("POST", `/api/interviews/${interviewId}/notes`, {
    contactId: person.body?.id,
    kind: "highlight",
    text: `Talked about pipeline number ${client}`,
  });
  const plan = await call("GET", `/api/interviews/${interviewId}/plan`);
  const open = (plan.body?.actions ?? []).filter((a: { status: string }) => a.status === "planned");
  if (open[0]) await call("POST", `/api/actions/${open[0].id}/done`, {});
  if (open[1]) await call("POST", `/api/actions/${open[1].id}/snooze`, { until: "2026-12-10" });
  await call("POST", `/api/interviews/${interviewId}/events`, { kind: "reply" });
}

describe.each(STORE_KINDS)("twenty clients writing to three companies at once on %s", (kind) => {
  const app = useTestApp(kind);

  it("answers every request without a 5xx, and a quiet re-plan afterwards changes nothing (R15, R16)", async () => {
    const t = app.get();
    const replies: Reply[] = [];
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => capture(t, i, replies)));

    const failures = replies.filter((r) => r.status >= 500).map((r) => `${r.status} ${r.text}`);
    expect(failures).toEqual([]);
    // Every capture went through: one company per name, every interview with its person.
    expect(replies.filter((r) => r.status >= 400).map((r) => r.text)).toEqual([]);
    const companies = await t.store.db.selectFrom("companies").select("name").execute();
    expect(companies.map((c) => c.name).sort()).toEqual([...COMPANIES].sort());
    const interviews = await t.store.db.selectFrom("interviews").select("id").execute();
    expect(interviews).toHaveLength(CLIENTS);

    // Whole rows, not just states: a stale plan differs in its window, why or rules too.
    const actions = () => t.store.db.selectFrom("actions").selectAll().orderBy("id").execute();
    const before = { store: await snapshotStore(t.store), actions: await actions() };
    await replanAll(t.ctx);
    expect({ store: await snapshotStore(t.store), actions: await actions() }).toEqual(before);
  }, 120_000);
});
