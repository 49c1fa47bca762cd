import { describe, expect, it } from "vitest";
import { CLAIMS } from "./claims.js";
import { composeDraft } from "./compose-draft.js";
import type { DraftWatch } from "./draft.types.js";
import { DANA, draftInput, MEI } from "./draft-fixtures.js";

// Issue 14 (R13, R17, R20): the open-positions inquiry and a recruiter's check-in name the
// postings the watch recorded, with their links; without one they ask and claim nothing.

const WATCH: DraftWatch = {
  postings: [
    { title: "Analytics Engineer", url: "https://jobs.lever.co/northwind/5a1c7e42" },
    { title: "Data Platform Engineer", url: null },
  ],
  news: {
    title: "Northwind opens a data centre in Dublin",
    url: "https://northwind.example/news/dublin",
  },
};
const said = (text: string) =>
  CLAIMS["openings-posted"].phrases.filter((p) => text.toLowerCase().includes(p.toLowerCase()));

describe("drafts and the company watch (R13, R17, R20)", () => {
  it("the inquiry names each recorded posting with its link", () => {
    const draft = composeDraft(
      draftInput("open-positions-inquiry", "email", DANA, "2026-12-20", { watch: WATCH }),
    );
    expect(draft.body).toContain(
      "I noticed that Northwind Analytics has posted other openings: Analytics Engineer (https://jobs.lever.co/northwind/5a1c7e42) and Data Platform Engineer. Could my background fit one of them?",
    );
    expect(draft.body).not.toContain("Are there other openings");
    expect(draft.missing.join("\n")).not.toMatch(/careers page/);
  });

  it("without a recorded posting it asks, names none, and says what to record", () => {
    for (const watch of [undefined, { postings: [], news: null }]) {
      const draft = composeDraft(
        draftInput("open-positions-inquiry", "email", DANA, "2026-12-20", watch ? { watch } : {}),
      );
      expect(draft.body).toContain(
        "Are there other openings at Northwind Analytics where my background could help?",
      );
      expect(said(draft.body)).toEqual([]);
      expect(draft.body).not.toMatch(/https?:\/\//);
      expect(draft.missing).toContain(
        "Watch the company's careers page (watch add, or Add a source on the application) so the message can name its open positions (R17, R20).",
      );
    }
    const call = composeDraft(draftInput("open-positions-inquiry", "phone", DANA, "2026-12-20"));
    expect(call.body).toContain(
      "Ask whether there are other openings where your background could help.",
    );
  });

  it("a check-in to the recruiter asks about the postings; one to the hiring manager does not", () => {
    const recruiter = composeDraft(
      draftInput("check-in", "email", MEI, "2026-12-04", { watch: WATCH }),
    );
    expect(recruiter.body).toContain(
      "I also see that Northwind Analytics is hiring for other positions (Analytics Engineer (https://jobs.lever.co/northwind/5a1c7e42) and Data Platform Engineer); if one of them suits my background",
    );
    const manager = composeDraft(
      draftInput("check-in", "email", DANA, "2026-12-04", { watch: WATCH }),
    );
    expect(manager.body).not.toContain("hiring for other positions");
  });

  it("only a picked news item licenses the mention, on every check-in and channel", () => {
    const glad = (text: string) =>
      CLAIMS["news-picked"].phrases.filter((p) => text.toLowerCase().includes(p.toLowerCase()));
    for (const kind of ["check-in", "long-range-check-in"] as const) {
      for (const channel of ["email", "phone"] as const) {
        const picked = composeDraft(
          draftInput(kind, channel, DANA, "2026-12-04", { watch: WATCH }),
        );
        expect(glad(picked.body), `${kind} ${channel}`).not.toEqual([]);
        expect(picked.body).toContain(
          "Northwind opens a data centre in Dublin (https://northwind.example/news/dublin)",
        );
        const none = composeDraft(
          draftInput(kind, channel, DANA, "2026-12-04", { watch: { ...WATCH, news: null } }),
        );
        expect(glad(none.body), `${kind} ${channel}`).toEqual([]);
        expect(none.body).not.toContain("Dublin");
        // Picking is the user's choice: no draft asks for one.
        expect(none.missing.join("\n")).not.toMatch(/news/i);
      }
    }
  });

  it("a check-in mentions the news item the user picked, and none without one", () => {
    const picked = composeDraft(
      draftInput("check-in", "email", DANA, "2026-12-04", { watch: WATCH }),
    );
    expect(picked.body).toContain(
      "I was also glad to read the news from Northwind Analytics: Northwind opens a data centre in Dublin (https://northwind.example/news/dublin).",
    );
    const none = composeDraft(
      draftInput("check-in", "email", DANA, "2026-12-04", { watch: { ...WATCH, news: null } }),
    );
    expect(none.body).not.toContain("news:");
  });
});
