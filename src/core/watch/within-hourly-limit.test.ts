import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withinHourlyLimit } from "./within-hourly-limit.js";

describe("withinHourlyLimit", () => {
  it("gives each account what is left of its hour, in the order given", () => {
    const due = ["a", "b", "a", "a", "c", "b"].map((accountId, i) => ({ accountId, i }));
    const picked = withinHourlyLimit(due, new Map([["a", 1]]), 2);
    expect(picked.map((p) => p.i)).toEqual([0, 1, 4, 5]);
  });

  it("never goes past the limit, never drops what fits, keeps the order (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 60 }),
        fc.dictionary(fc.constantFrom("a", "b", "c"), fc.nat(30)),
        fc.integer({ min: 0, max: 25 }),
        (accounts, recentRecord, perHour) => {
          const due = accounts.map((accountId, i) => ({ accountId, i }));
          const recent = new Map(Object.entries(recentRecord));
          const picked = withinHourlyLimit(due, recent, perHour);
          for (const account of ["a", "b", "c"]) {
            const wanted = accounts.filter((a) => a === account).length;
            const left = Math.max(0, perHour - (recent.get(account) ?? 0));
            expect(picked.filter((p) => p.accountId === account)).toHaveLength(
              Math.min(wanted, left),
            );
          }
          expect(picked.map((p) => p.i)).toEqual([...picked.map((p) => p.i)].sort((x, y) => x - y));
        },
      ),
    );
  });
});
