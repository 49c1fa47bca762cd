import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionId } from "./action-id.js";

describe("actionId", () => {
  it("is stable across runs (a pinned value) and shaped act_ + 16 hex", () => {
    expect(actionId("int_1", "check-in", "con_hm", 0)).toBe(
      actionId("int_1", "check-in", "con_hm", 0),
    );
    expect(actionId("int_1", "check-in", "con_hm", 0)).toMatch(/^act_[0-9a-f]{16}$/);
    expect(actionId("int_1", "check-in", "con_hm", 0)).toMatchInlineSnapshot(
      `"act_417208f1c67ca0d5"`,
    );
  });

  it("differs when any part differs", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(50), (interview, contact, seq) => {
        const base = actionId(interview, "reminder", contact, seq);
        expect(actionId(interview, "reminder", contact, seq + 1)).not.toBe(base);
        expect(actionId(interview, "check-in", contact, seq)).not.toBe(base);
        expect(actionId(`${interview}x`, "reminder", contact, seq)).not.toBe(base);
      }),
    );
    expect(actionId("i", "move-on", null, 0)).not.toBe(actionId("i", "move-on", "", 1));
  });
});
