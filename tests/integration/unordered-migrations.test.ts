import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";

// A store that ran the day's later migrations before an earlier-stamped one arrived (work landed
// side by side): opening it runs the missing one instead of refusing to start.
describe("a store missing a migration older than ones it ran", () => {
  it("runs the missing migration when it opens", async () => {
    const dir = mkdtempSync(join(tmpdir(), "followthrough-unordered-"));
    try {
      const first = await openStore({ dataDir: dir });
      await first.close();
      const file = new Database(join(dir, "followthrough.sqlite"));
      file.exec("alter table contacts drop column organization");
      file
        .prepare("delete from kysely_migration where name = ?")
        .run("2026-12-03T0900-contact-organization");
      file.close();

      const again = await openStore({ dataDir: dir });
      const columns = await again.db.introspection.getTables();
      await again.close();
      const contacts = columns.find((t) => t.name === "contacts");
      expect(contacts?.columns.map((c) => c.name)).toContain("organization");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
