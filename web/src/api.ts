import { createApiClient } from "../../src/client/api-client.js";
import { ApiError } from "../../src/client/api-error.js";
import { SIGNED_OUT_EVENT } from "./signed-out-event.js";

export const api = createApiClient({
  fetch: async (input, init) => {
    const res = await fetch(input, init);
    if (res.status === 401) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    return res;
  },
});
export { ApiError };

/**
 * better-auth's routes (hosted mode): JSON in (a POST) or a GET without a body, its `message` as
 * the error when refused.
 */
export async function authCall(path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(
    `/api/auth${path}`,
    body === undefined
      ? { headers: { accept: "application/json" } }
      : {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify(body),
        },
  );
  const data = (await res.json().catch(() => null)) as {
    message?: string;
    error?: { message?: string };
  } | null;
  if (!res.ok) {
    if (res.status === 429)
      throw new Error("Too many tries from here: wait a minute, then try again.");
    throw new Error(data?.error?.message ?? data?.message ?? `The server answered ${res.status}.`);
  }
  return data;
}
