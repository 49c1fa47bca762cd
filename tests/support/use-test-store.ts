import { afterEach, beforeEach } from "vitest";
import {
  canReachPostgres,
  openTestStore,
  type TestStore,
  type TestStoreKind,
} from "./test-store.js";

/**
 * A fresh, empty store for every test of the calling `describe`, closed after it; on PostgreSQL
 * the test is skipped, loudly, when no server answers. The returned object always speaks for the
 * current test's store.
 */
export function useTestStore(kind: TestStoreKind, now?: string): TestStore {
  let current: TestStore | null = null;
  beforeEach(async (context) => {
    if (kind === "postgres" && !(await canReachPostgres())) context.skip();
    current = await openTestStore(kind, now);
  });
  afterEach(async () => {
    await current?.cleanup();
    current = null;
  });
  const get = (): TestStore => {
    if (!current) throw new Error("No test store: use it inside a test.");
    return current;
  };
  return {
    get store() {
      return get().store;
    },
    get ctx() {
      return get().ctx;
    },
    get clock() {
      return get().clock;
    },
    get env() {
      return get().env;
    },
    cleanup: () => get().cleanup(),
  };
}
