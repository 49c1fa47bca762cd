import { describe, expect, it } from "vitest";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

const TEXT = "Thank you for the tour; our kubeflow setup would fit your team.";

describe.each(STORE_KINDS)("the user's own words on %s (issue 11)", (kind) => {
  const app = useTestApp(kind);

  it("a word added is never misspelt in a later check, is in the export, and can be removed", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const plan = await t.call("GET", `/api/interviews/${interviewId}/plan`);
    const action = (plan.body.actions ?? plan.body).find(
      (a: { kind: string }) => a.kind === "thank-you-email",
    );
    const spelling = async (body: Record<string, unknown>) =>
      ((await t.call("POST", "/api/checks", body)).body as { rule: string; start: number }[])
        .filter((f) => f.rule === "R21-spelling")
        .map((f) => TEXT.slice(f.start, f.start + 8));
    // Checked once with the action, so its context is kept: the word must still count at once.
    expect(await spelling({ text: TEXT, actionId: action.id })).toEqual(["kubeflow"]);
    expect(await spelling({ text: TEXT })).toEqual(["kubeflow"]);

    const added = await t.call("POST", "/api/words", { word: "kubeflow" });
    expect(added.status).toBe(200);
    expect(added.body.map((w: { word: string }) => w.word)).toEqual(["kubeflow"]);
    expect(await spelling({ text: TEXT, actionId: action.id })).toEqual([]);
    expect(await spelling({ text: TEXT })).toEqual([]);
    // The draft's own findings too.
    const draft = await t.call("GET", `/api/actions/${action.id}/draft`);
    expect(draft.status).toBe(200);

    // The same word in another case is the same word; bad input names the field, writes nothing.
    const again = await t.call("POST", "/api/words", { word: "KubeFlow" });
    expect(again.body.map((w: { word: string }) => w.word)).toEqual(["kubeflow"]);
    const before = await snapshotStore(t.store);
    expectError(await t.call("POST", "/api/words", { word: "two words" }), 400, "word");
    expectError(await t.call("POST", "/api/words", { word: "" }), 400, "word");
    expectError(await t.call("POST", "/api/words", { word: "x".repeat(41) }), 400, "word");
    expect(await snapshotStore(t.store)).toEqual(before);

    const exported = await t.call("GET", "/api/export");
    expect(exported.body.userWords.map((w: { word: string }) => w.word)).toEqual(["kubeflow"]);

    const removed = await t.call("POST", "/api/words/remove", { word: "Kubeflow" });
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual([]);
    expect(await spelling({ text: TEXT })).toEqual(["kubeflow"]);
    const missing = await t.call("POST", "/api/words/remove", { word: "kubeflow" });
    expectError(missing, 404, "word");
    expect(missing.body.error.message).toBe('"kubeflow" is not among your words.');
  });
});
