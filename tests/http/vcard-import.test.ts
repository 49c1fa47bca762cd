// A .vcf file sent as its bytes (issue 15): its character set is read by the server, a file
// with bad entries is refused whole with each listed, or imported without them on request.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ApiClient, createApiClient } from "../../src/client/api-client.js";
import { ApiError } from "../../src/client/api-error.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS, type TestStore } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../src/core/vcard/fixtures/${name}`, import.meta.url)));

function clientOf(ts: TestStore): ApiClient {
  const app = createApp({ store: ts.store, context: () => ts.ctx });
  return createApiClient({ fetch: async (input, init) => app.request(String(input), init) });
}

describe.each(STORE_KINDS)("POST /api/interviews/{id}/contacts/import on %s", (kind) => {
  const t = useTestStore(kind);

  async function seed(api: ApiClient) {
    const { interview } = await api.addInterview({
      company: "Globex",
      role: "Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    return interview.id;
  }

  it("reads a Windows-1252 and a UTF-16 file sent as bytes, never as mangled text", async () => {
    const api = clientOf(t);
    const id = await seed(api);
    const western = await api.importContacts(id, fixture("outlook-21-windows-1252.vcf"));
    expect(western.people.map((p) => p.name)).toEqual(["Sören Täve Nüßlebaum", "François Lefèvre"]);
    expect(western.guessedCharset).toBe("windows-1252");
    const wide = await api.importContacts(id, new Blob([fixture("windows-utf-16le-bom.vcf")]));
    expect(wide.people.map((p) => p.name)).toEqual(["Zoë Ångström"]);
    expect(wide.guessedCharset).toBeNull();
  });

  it("refuses a file with nameless cards with each listed (400), and imports the others with skipInvalid=true", async () => {
    const api = clientOf(t);
    const id = await seed(api);
    const before = await snapshotStore(t.store);
    const error = await api.importContacts(id, fixture("phone-book-cr-cr-lf.vcf")).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    const refused = error as ApiError;
    expect([refused.status, refused.code]).toEqual([400, "INVALID_IMPORT"]);
    expect(refused.problems.map((p) => p.label)).toEqual(["Card 2, line 8", "Card 3, line 12"]);
    expect(await snapshotStore(t.store)).toEqual(before);

    const imported = await api.importContacts(id, fixture("phone-book-cr-cr-lf.vcf"), {
      skipInvalid: true,
    });
    expect(imported.people.map((p) => p.name)).toEqual(["Dana Whitfield", "Amara Okafor"]);
    expect(imported.skipped.map((s) => s.line)).toEqual([8, 12]);
  });
});
