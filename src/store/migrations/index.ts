import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./2026-11-22T0300-initial.js";

// Forward-only, timestamped; the key order is the order they run in.
const migrations: Record<string, Migration> = {
  "2026-11-22T0300-initial": initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
