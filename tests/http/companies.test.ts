import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

describe.each(STORE_KINDS)("HTTP companies on %s", (kind) => {
  const app = useTestApp(kind);

  it("PATCH /api/companies/{id} sets the holiday calendar; 400 names the field; 404 for an unknown id", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const detail = await t.call("GET", `/api/interviews/${interviewId}`);
    const companyId = detail.body.company.id as string;
    const saved = await t.call("PATCH", `/api/companies/${companyId}`, {
      country: "gb",
      region: "SCT",
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ id: companyId, country: "GB", region: "SCT" });
    const snapshot = await snapshotStore(t.store);
    expectError(
      await t.call("PATCH", `/api/companies/${companyId}`, { country: "Narnia" }),
      400,
      "country",
    );
    expectError(
      await t.call("PATCH", `/api/companies/${companyId}`, { website: "not a url" }),
      400,
      "website",
    );
    expectError(await t.call("PATCH", "/api/companies/co_unknown", { country: "US" }), 404);
    expect(await snapshotStore(t.store)).toEqual(snapshot);
  });
});
