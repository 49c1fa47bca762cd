import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { migrationProvider } from "./index.js";

// Several changes landing at once each add a migration: the list must stay whole and in the
// order its timestamps give, which is the order they run in on a store that has the others.
describe("the migrations", () => {
  it("are every migration file, listed in timestamp order", async () => {
    const names = Object.keys(await migrationProvider.getMigrations());
    expect(names).toEqual([...names].sort());
    const files = readdirSync(dirname(fileURLToPath(import.meta.url)))
      .filter((f) => /^\d{4}-\d{2}-\d{2}T\d{4}-.+\.ts$/.test(f) && !f.endsWith(".test.ts"))
      .map((f) => f.replace(/\.ts$/, ""));
    expect(names).toEqual(files.sort());
  });
});
