import { describe, expect, it } from "vitest";
import { labelOf } from "../../src/errors/field-labels.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestApp } from "./use-test-app.js";

describe("labels", () => {
  it("names fields as the forms do, and items of a list by their position", () => {
    expect(labelOf("timeZone")).toBe("Time zone");
    expect(labelOf("contactIds.1")).toBe("People (item 2)");
    expect(labelOf("postingUrl")).toBe("Job posting");
    expect(labelOf("someNewField")).toBe("Some new field");
  });
});

describe.each(STORE_KINDS)("bad input on %s", (kind) => {
  const app = useTestApp(kind);

  it("lists every problem at once, each by its label, with what is accepted", async () => {
    const t = app.get();
    const reply = await t.call("POST", "/api/interviews", {
      company: "",
      role: "   ",
      at: "2026-11-20T14:00",
      format: "hologram",
    });
    expect(reply.status).toBe(400);
    const { error } = reply.body;
    expect(error.problems.map((p: { label: string }) => p.label)).toEqual([
      "Company",
      "Role",
      "Format",
    ]);
    expect(error.problems[2].accepted).toContain("video");
    expect(error.message).toBe(
      "3 things to fix: Company: must not be empty; Role: must not be empty; Format: is not one of the choices.",
    );
    expect(error.field).toBe("company");
    const one = await t.call("PUT", "/api/profile", { email: "ana.example.com" });
    expect(one.body.error.message).toBe("Email: is not an email address like name@example.com.");
    expect(one.body.error.message).not.toMatch(/Field:|[a-z][A-Z]/);
  });
});

describe.each(STORE_KINDS)("a refusal about one field on %s", (kind) => {
  const app = useTestApp(kind);

  it("names the field by its label beside the key, so a screen can show it", async () => {
    const reply = await app.get().call("PUT", "/api/profile", { country: "XQ" });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ field: "country", label: "Country" });
    expect(reply.body.error.message).not.toMatch(/^Country:/);
  });
});
