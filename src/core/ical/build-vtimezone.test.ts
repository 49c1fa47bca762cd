import { describe, expect, it } from "vitest";
import { buildVTimezone } from "./build-vtimezone.js";

const blocks = (text: string) =>
  [
    ...text.matchAll(
      /BEGIN:(STANDARD|DAYLIGHT)\r\nDTSTART:(\S+)\r\nTZOFFSETFROM:(\S+)\r\nTZOFFSETTO:(\S+)/g,
    ),
  ].map((m) => m.slice(1).join(" "));

describe("buildVTimezone", () => {
  it("writes each change at its local time in the offset before it", () => {
    expect(blocks(buildVTimezone("Europe/London", 2026, 2026))).toEqual([
      "STANDARD 20260101T000000 +0000 +0000",
      "DAYLIGHT 20260329T010000 +0000 +0100",
      "STANDARD 20261025T020000 +0100 +0000",
    ]);
  });

  it("handles southern-hemisphere half-hour DST", () => {
    expect(blocks(buildVTimezone("Australia/Lord_Howe", 2027, 2027))).toEqual([
      "DAYLIGHT 20270101T110000 +1100 +1100",
      "STANDARD 20270404T020000 +1100 +1030",
      "DAYLIGHT 20271003T020000 +1030 +1100",
    ]);
  });

  it("writes one block for a zone without changes", () => {
    expect(blocks(buildVTimezone("Asia/Kathmandu", 2026, 2028))).toEqual([
      "STANDARD 20260101T054500 +0545 +0545",
    ]);
  });
});
