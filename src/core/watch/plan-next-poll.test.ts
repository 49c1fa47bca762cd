import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PAUSE_AFTER_FAILURES, planNextPoll } from "./plan-next-poll.js";

const NOW = "2026-11-25T12:00:00.000Z";
const minutesAfter = (iso: string) => (Date.parse(iso) - Date.parse(NOW)) / 60_000;

describe("planNextPoll (R20)", () => {
  it("reads a working source every 6 hours and clears its failures", () => {
    expect(planNextPoll(3, { kind: "ok" }, NOW)).toEqual({
      status: "ok",
      statusReason: null,
      failures: 0,
      nextCheckAt: "2026-11-25T18:00:00.000Z",
    });
  });

  it("backs off 30, 60, 120, 240 minutes, then pauses at the fifth failure", () => {
    const failed = { kind: "failed" as const, reason: "x answered 503.", retryAfterSeconds: null };
    const waits = [0, 1, 2, 3].map((n) => minutesAfter(planNextPoll(n, failed, NOW).nextCheckAt));
    expect(waits).toEqual([30, 60, 120, 240]);
    expect(planNextPoll(3, failed, NOW).status).toBe("failing");
    expect(planNextPoll(PAUSE_AFTER_FAILURES - 1, failed, NOW)).toMatchObject({
      status: "paused",
      statusReason: "Paused after 5 failed reads in a row. Last: x answered 503.",
    });
  });

  it("honours Retry-After when it asks for longer than the back-off", () => {
    const busy = { kind: "failed" as const, reason: "429", retryAfterSeconds: 7200 };
    expect(minutesAfter(planNextPoll(0, busy, NOW).nextCheckAt)).toBe(120);
    expect(minutesAfter(planNextPoll(0, { ...busy, retryAfterSeconds: 60 }, NOW).nextCheckAt)).toBe(
      30,
    );
  });

  it("pauses at once what trying again cannot mend", () => {
    expect(
      planNextPoll(0, { kind: "refused", reason: "Not fetched: 10.0.0.1 is private." }, NOW),
    ).toMatchObject({
      status: "paused",
      statusReason: "Not fetched: 10.0.0.1 is private.",
    });
  });

  it("never plans a read in the past nor more than a week out (property)", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.option(fc.nat(10 ** 7), { nil: null }), (failures, retry) => {
        const next = planNextPoll(
          failures,
          { kind: "failed", reason: "r", retryAfterSeconds: retry },
          NOW,
        );
        expect(minutesAfter(next.nextCheckAt)).toBeGreaterThan(0);
        expect(minutesAfter(next.nextCheckAt)).toBeLessThanOrEqual(
          Math.max(24 * 60, (retry ?? 0) / 60),
        );
      }),
    );
  });
});
