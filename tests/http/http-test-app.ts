import { createApp } from "../../src/transports/http/create-app.js";
import { openTestStore, type TestStore, type TestStoreKind } from "../support/test-store.js";

export interface TestApp extends TestStore {
  /** Sends a request to the app in-process; a body object is sent as JSON. */
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
}

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON they asserted the shape of.
  body: any;
  text: string;
  headers: Headers;
}

/** The real app over a fresh store of the given kind, with the store's movable clock. */
export async function openTestApp(kind: TestStoreKind): Promise<TestApp> {
  const ts = await openTestStore(kind);
  const app = createApp({ store: ts.store, context: () => ts.ctx });
  return {
    ...ts,
    call: async (method, path, body, headers = {}) => {
      const init: RequestInit = { method, headers: { ...headers } };
      if (typeof body === "string") init.body = body;
      else if (body !== undefined) {
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)["content-type"] ??= "application/json";
      }
      const res = await app.request(path, init);
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
      return { status: res.status, body: parsed, text, headers: res.headers };
    },
  };
}

export const INTERVIEW = {
  company: "Acme",
  role: "Data Engineer",
  at: "2026-11-20T14:00",
  timeZone: "America/Chicago",
  timeline: "two weeks",
};

export const DANA = {
  name: "Dana Whitfield",
  email: "dana@acme.example",
  role: "hiring-manager",
  agreedToConnect: true,
};

/** An interview with one person on it, as most routes need. */
export async function seedInterview(
  t: TestApp,
): Promise<{ interviewId: string; applicationId: string; contactId: string }> {
  const added = await t.call("POST", "/api/interviews", INTERVIEW);
  if (added.status !== 201) throw new Error(`seed failed: ${added.text}`);
  const interviewId = added.body.interview.id as string;
  const person = await t.call("POST", `/api/interviews/${interviewId}/contacts`, DANA);
  if (person.status !== 201) throw new Error(`seed failed: ${person.text}`);
  return { interviewId, applicationId: added.body.application.id, contactId: person.body.id };
}

export function expectError(reply: Reply, status: number, field?: string): void {
  if (reply.status !== status)
    throw new Error(`expected ${status}, got ${reply.status}: ${reply.text}`);
  const error = reply.body?.error;
  if (!error || typeof error.code !== "string" || typeof error.message !== "string")
    throw new Error(`not the error shape: ${reply.text}`);
  if (field !== undefined && error.field !== field)
    throw new Error(`expected field "${field}", got "${error.field}": ${reply.text}`);
}
