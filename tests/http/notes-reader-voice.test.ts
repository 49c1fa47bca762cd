import { describe, expect, it } from "vitest";
import { STORE_KINDS } from "../support/test-store.js";
import { seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

// Issue 11: a note jotted about Dana in the third person reads to Dana in the second person,
// the timeline by its meaning, a jotting that fits no sentence is left out and said, and an
// answer to the employer names her instead of pasting "Her team…".
describe.each(STORE_KINDS)("notes in the reader's voice on %s", (kind) => {
  const app = useTestApp(kind);

  it("GET /api/actions/{id}/draft and POST /api/answers rewrite the notes for their reader", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    for (const text of ["Her team moved to dbt last spring.", "dbt migration, q3"]) {
      const added = await t.call("POST", `/api/interviews/${interviewId}/notes`, {
        contactId,
        kind: "highlight",
        text,
      });
      expect(added.status).toBe(201);
    }
    const plan = await t.call("GET", `/api/interviews/${interviewId}/plan`);
    const thankYou = plan.body.actions.find((a: { kind: string }) => a.kind === "thank-you-email");
    const draft = (await t.call("GET", `/api/actions/${thankYou.id}/draft`)).body.draft;
    expect(draft.body).toContain("how your team moved to dbt last spring");
    expect(draft.body).not.toMatch(/\b[Hh]er team\b/);
    expect(draft.body).toContain("you expected to decide within two weeks");
    expect(draft.body).not.toContain("dbt migration");
    expect(draft.missing).toContainEqual(
      expect.stringContaining('Left out your highlight note "dbt migration, q3"'),
    );

    const answer = await t.call("POST", "/api/answers", { kind: "why-you", interviewId });
    expect(answer.status).toBe(200);
    expect(answer.body.answer).toContain("how Dana's team moved to dbt last spring");
    expect(answer.body.answer).not.toContain("Her team");
  });
});
