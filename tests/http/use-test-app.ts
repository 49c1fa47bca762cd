import { afterEach, beforeEach } from "vitest";
import { canReachPostgres, type TestStoreKind } from "../support/test-store.js";
import { openTestApp, type TestApp } from "./http-test-app.js";

/** A fresh app per test on the given store; PostgreSQL tests skip loudly when it is not there. */
export function useTestApp(kind: TestStoreKind): { get: () => TestApp } {
  let t: TestApp | null = null;
  beforeEach(async (context) => {
    if (kind === "postgres" && !(await canReachPostgres())) context.skip();
    t = await openTestApp(kind);
  });
  afterEach(async () => {
    await t?.cleanup();
    t = null;
  });
  return {
    get: () => {
      if (!t) throw new Error("no test app");
      return t;
    },
  };
}
