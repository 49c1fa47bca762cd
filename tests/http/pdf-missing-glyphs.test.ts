import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../src/client/api-client.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { openTestApp, seedInterview, type TestApp } from "./http-test-app.js";

// R8: a card whose text has characters no installed font has says so in the file's answer
// (header followthrough-missing-glyphs), which the typed client turns back into characters.
describe("a PDF card's missing glyphs, through the typed client", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("sqlite");
  });
  afterAll(async () => t.cleanup());

  it("names the characters that would print as boxes, and none for Japanese or Korean", async () => {
    await t.call("PUT", "/api/profile", { name: "Ana Ruiz", sendCard: true });
    const { interviewId } = await seedInterview(t);
    const plan = await t.call("GET", `/api/interviews/${interviewId}/plan`);
    const card = (plan.body.actions as { id: string; channel: string }[]).find(
      (a) => a.channel === "card",
    );
    if (!card) throw new Error("no card in the plan");
    const app = createApp({ store: t.store, context: () => t.ctx });
    const api = createApiClient({
      baseUrl: "http://local.test",
      fetch: async (i, init) => app.request(String(i), init),
    });
    const boxes = await api.renderEditedDraft(card.id, "pdf", { body: "Dear Dana, 𓀀 and 𓂀." });
    expect(boxes.contentType).toBe("application/pdf");
    expect(boxes.missingGlyphs).toEqual(["𓀀", "𓂀"]);
    const fine = await api.renderEditedDraft(card.id, "pdf", {
      body: "山田様、김민준님, thank you.",
    });
    expect(fine.missingGlyphs).toEqual([]);
  });
});
