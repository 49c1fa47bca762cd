import { describe, expect, it } from "vitest";
import { sharedRoleWords } from "./matches-role.js";

describe("sharedRoleWords (R20)", () => {
  it("finds the words of the role a title shares, ignoring seniority and filler", () => {
    expect(sharedRoleWords("Senior Data Engineer (m/f/d)", "Data Engineer")).toEqual([
      "data",
      "engineer",
    ]);
    expect(sharedRoleWords("Analytics Engineer", "Data Engineer")).toEqual(["engineer"]);
    expect(sharedRoleWords("Senior Office Manager", "Senior Data Engineer")).toEqual([]);
    expect(sharedRoleWords("Ingénieur données", "ingenieur")).toEqual(["ingenieur"]);
  });
});
