import { describe, expect, it } from "vitest";
import { composeDraft } from "./compose-draft.js";
import { DANA, draftInput, INTERVIEW } from "./draft-fixtures.js";

describe("a check-in after timeline words that gave no date (R3, R11)", () => {
  it("does not quote the words back as a timeline; words with a date are quoted", () => {
    const vague = { ...INTERVIEW, timelineText: "hmm, they were vague", timelineDate: null };
    const withoutDate = composeDraft(
      draftInput("check-in", "email", DANA, "2026-12-03", { interview: vague }),
    );
    expect(withoutDate.body).not.toContain("they were vague");
    const dated = composeDraft(draftInput("check-in", "email", DANA, "2026-12-03"));
    expect(dated.body).toContain("two weeks");
  });
});
