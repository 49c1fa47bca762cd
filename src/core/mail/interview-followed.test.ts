import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type InterviewAt, interviewFollowed } from "./interview-followed.js";

const ROUND_1 = { id: "iv_1", startsAt: "2026-11-18T10:00:00.000Z" };
const ROUND_2 = { id: "iv_2", startsAt: "2026-12-02T15:00:00.000Z" };

describe("interviewFollowed (R16, R25)", () => {
  it("files a message under the latest interview that had started by its date", () => {
    const both = [ROUND_2, ROUND_1];
    expect(interviewFollowed(both, "2026-11-20T09:00:00.000Z")).toBe(ROUND_1);
    expect(interviewFollowed(both, "2026-12-02T15:00:00.000Z")).toBe(ROUND_2);
    expect(interviewFollowed(both, null)).toBe(ROUND_2);
  });

  it("files a message older than every interview under the first, and finds none in nothing", () => {
    expect(interviewFollowed([ROUND_2, ROUND_1], "2023-03-14T09:00:00.000Z")).toBe(ROUND_1);
    expect(interviewFollowed([], "2026-11-20T09:00:00.000Z")).toBeNull();
  });

  it("property: the choice is one of them, started by the date when any had, and none later did", () => {
    const instant = fc
      .integer({ min: Date.parse("2020-01-01"), max: Date.parse("2030-01-01") })
      .map((ms) => new Date(ms).toISOString());
    const interviews = fc.uniqueArray(
      fc.record({ id: fc.stringMatching(/^iv_[a-z0-9]{4}$/), startsAt: instant }),
      { selector: (i) => i.id, maxLength: 6 },
    );
    fc.assert(
      fc.property(interviews, instant, (list: InterviewAt[], at) => {
        const found = interviewFollowed(list, at);
        if (list.length === 0) {
          expect(found).toBeNull();
          return;
        }
        const chosen = found as InterviewAt;
        expect(list).toContain(chosen);
        const started = list.filter((i) => i.startsAt <= at);
        if (started.length === 0) {
          expect(list.every((i) => i.startsAt >= chosen.startsAt)).toBe(true);
          return;
        }
        expect(chosen.startsAt <= at).toBe(true);
        expect(started.every((i) => i.startsAt <= chosen.startsAt)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
