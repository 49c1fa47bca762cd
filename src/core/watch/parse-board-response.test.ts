import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOARD_FIXTURES } from "./parse-board-response.fixtures.js";
import { parseBoardResponse } from "./parse-board-response.js";
import { BOARD_PROVIDERS } from "./watch.types.js";

describe("parseBoardResponse (R20)", () => {
  it("maps each provider's documented answer to one Posting shape", () => {
    const first = Object.fromEntries(
      BOARD_PROVIDERS.map((p) => {
        const { token, body } = BOARD_FIXTURES[p];
        const out = parseBoardResponse(p, token, JSON.stringify(body));
        if (!out.ok) throw new Error(out.problem);
        return [p, out.postings[0]];
      }),
    );
    expect(first).toEqual({
      greenhouse: {
        boardId: "4012345",
        title: "Senior Data Engineer",
        url: "https://boards.greenhouse.io/acme/jobs/4012345",
        location: "Chicago, IL",
        department: "Data Platform",
        postedAt: "2026-11-24T14:00:00.000Z",
      },
      lever: {
        boardId: "5a1c7e42-3b1f-4c58-9d55-0f1e2a3b4c5d",
        title: "Analytics Engineer",
        url: "https://jobs.lever.co/acme/5a1c7e42-3b1f-4c58-9d55-0f1e2a3b4c5d",
        location: "Berlin",
        department: "Engineering, Data",
        postedAt: "2026-11-25T10:00:00.000Z",
      },
      ashby: {
        boardId: "f3e2d1c0-aaaa-4bbb-8ccc-0123456789ab",
        title: "Data Engineer, Platform",
        url: "https://jobs.ashbyhq.com/acme/f3e2d1c0-aaaa-4bbb-8ccc-0123456789ab",
        location: "Amsterdam",
        department: "Engineering, Data Platform",
        postedAt: "2026-11-23T12:00:00.000Z",
      },
      workable: {
        boardId: "A1B2C3D4E5",
        title: "Data Engineer",
        url: "https://apply.workable.com/j/A1B2C3D4E5",
        location: "Austin, Texas, United States",
        department: "Data",
        postedAt: "2026-11-24T00:00:00.000Z",
      },
      smartrecruiters: {
        boardId: "744000099887766",
        title: "Data Engineer (m/f/d)",
        url: "https://jobs.smartrecruiters.com/AcmeCorp/744000099887766",
        location: "Munich, BY, Germany",
        department: "Data & Analytics",
        postedAt: "2026-11-24T08:30:00.000Z",
      },
      recruitee: {
        boardId: "1887711",
        title: "Data Engineer",
        url: "https://acme.recruitee.com/o/data-engineer",
        location: "Utrecht, Netherlands",
        department: "Data",
        postedAt: "2026-11-24T10:00:00.000Z",
      },
    });
  });

  it("leaves out Ashby's unlisted postings and reads remote places as Remote", () => {
    const ashby = parseBoardResponse("ashby", "acme", JSON.stringify(BOARD_FIXTURES.ashby.body));
    expect(ashby.ok && ashby.postings.map((p) => p.title)).toEqual([
      "Data Engineer, Platform",
      "Product Designer",
    ]);
    const sr = parseBoardResponse(
      "smartrecruiters",
      "AcmeCorp",
      JSON.stringify(BOARD_FIXTURES.smartrecruiters.body),
    );
    expect(sr.ok && sr.postings[1]?.location).toBe("Remote");
    const wk = parseBoardResponse("workable", "acme", JSON.stringify(BOARD_FIXTURES.workable.body));
    expect(wk.ok && wk.postings[1]?.location).toBe("Remote");
  });

  it("says what went wrong for an unknown board, a web page or another shape", () => {
    expect(
      parseBoardResponse("lever", "nobody", '{"ok":false,"error":"Document not found"}'),
    ).toEqual({
      ok: false,
      problem: `Lever's answer is not a list of positions: the board "nobody" may not exist or may have moved.`,
    });
    expect(
      parseBoardResponse("greenhouse", "acme", "<!doctype html><p>Not found</p>"),
    ).toMatchObject({
      ok: false,
      problem: expect.stringContaining("answered with a web page"),
    });
    expect(parseBoardResponse("ashby", "acme", "")).toMatchObject({ ok: false });
  });

  it("drops javascript: links and strips markup from titles", () => {
    const body = JSON.stringify({
      jobs: [
        { id: 1, title: "<b>Data</b> &amp; ML Engineer", absolute_url: "javascript:alert(1)" },
      ],
    });
    const out = parseBoardResponse("greenhouse", "acme", body);
    expect(out.ok && out.postings[0]).toMatchObject({ title: "Data & ML Engineer", url: null });
  });

  it("never throws, whatever the answer (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BOARD_PROVIDERS),
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ jobs: [v], content: [v], offers: [v] })),
        ),
        (provider, body) => {
          const out = parseBoardResponse(provider, "acme", body);
          expect(typeof out.ok).toBe("boolean");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives each posting the same id however often and in whatever order it is read (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BOARD_PROVIDERS), fc.nat(), (provider, seed) => {
        const { token, body } = BOARD_FIXTURES[provider];
        const list = (
          Array.isArray(body) ? body : Object.values(body as object).find(Array.isArray)
        ) as unknown[];
        const shuffled = [...list].sort(
          (a, b) =>
            ((JSON.stringify(a).length * (seed + 1)) % 7) -
            ((JSON.stringify(b).length * (seed + 1)) % 7),
        );
        const again = Array.isArray(body)
          ? shuffled
          : Object.fromEntries(
              Object.entries(body as object).map(([k, v]) => [k, Array.isArray(v) ? shuffled : v]),
            );
        const a = parseBoardResponse(provider, token, JSON.stringify(body));
        const b = parseBoardResponse(provider, token, JSON.stringify(again));
        if (!a.ok || !b.ok) throw new Error("fixture unreadable");
        const byId = (ps: typeof a.postings) => Object.fromEntries(ps.map((p) => [p.boardId, p]));
        expect(byId(b.postings)).toEqual(byId(a.postings));
      }),
    );
  });
});
