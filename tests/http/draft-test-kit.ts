import { type ApiClient, createApiClient } from "../../src/client/api-client.js";
import { ApiError } from "../../src/client/api-error.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { snapshotStore } from "../support/count-rows.js";
import type { TestApp } from "./http-test-app.js";

/** The typed client, over the app in-process. */
export function clientOf(t: TestApp): ApiClient {
  const app = createApp({ store: t.store, context: () => t.ctx });
  return createApiClient({
    baseUrl: "http://localhost",
    fetch: (input, init) => Promise.resolve(app.request(String(input), init)),
  });
}

/** The store as the tests compare it around a refusal: every table's rows, the saved drafts too. */
export async function snapshot(t: TestApp) {
  return {
    ...(await snapshotStore(t.store)),
    draftEdits: await t.store.db.selectFrom("draftEdits").selectAll().orderBy("actionId").execute(),
  };
}

/** The API's refusal of a call that must be refused. */
export async function refusal(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the API to refuse");
}
