// R7: where "too alike" begins. The texts are built so their word 3-gram Jaccard similarity is an
// exact fraction: A's n shingles are all in B, which has t more, so the similarity is n / (n + t).
// The numbers are written out (not read from TOO_ALIKE), so moving the threshold fails a test.
import { describe, expect, it } from "vitest";
import { checkSimilarity } from "./check-similarity.js";

/** Two texts of distinct words with exactly `shared / (shared + extra)` of their shingles in common. */
function pair(shared: number, extra: number): [string, string] {
  const words = Array.from({ length: shared + extra + 2 }, (_, i) => `w${i}`);
  return [words.slice(0, shared + 2).join(" "), words.join(" ")];
}

describe("R7: notes to colleagues too alike (threshold 0.75, inclusive)", () => {
  it.each([
    [74, 26],
    [75, 25],
    [749, 251],
  ])("%i of %i more shingles shared (just below or at 0.75): no finding", (shared, extra) => {
    const [a, b] = pair(shared, extra);
    expect(checkSimilarity(a, [b], [])).toEqual([]);
  });

  it.each([
    [76, 24, "76%"],
    [751, 249, "75%"],
  ])("%i shared, %i more (just above 0.75): a warning saying how alike", (shared, extra, pct) => {
    const [a, b] = pair(shared, extra);
    const findings = checkSimilarity(a, [b], []);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["R7-too-alike", "warning"]]);
    expect(findings[0]?.message).toContain(`${pct} the same`);
  });

  it("compares with the most alike colleague", () => {
    const [a, close] = pair(76, 24);
    const far = Array.from({ length: 60 }, (_, i) => `v${i}`).join(" ");
    expect(checkSimilarity(a, [far], [])).toEqual([]);
    expect(checkSimilarity(a, [far, close], [])).toHaveLength(1);
    expect(checkSimilarity(a, [close, far], [])).toHaveLength(1);
  });
});

describe("R7: what the warning says and what is compared", () => {
  it("rounds the share to the nearest per cent: 757 of 1000 shingles shared reads 76%", () => {
    const [a, b] = pair(757, 243);
    expect(checkSimilarity(a, [b], [])[0]?.message).toContain("76% the same");
  });

  it("masks names of two letters too: the same note to Li and to Bo is a copy", () => {
    const toLi = "Thank you Li for the chat";
    const toBo = "Thank you Bo for the chat";
    expect(checkSimilarity(toLi, [toBo], ["Li Wei", "Bo Chen"])).toHaveLength(1);
    expect(checkSimilarity(toLi, [toBo], [])).toEqual([]);
  });

  it("masks a name's possessive: showing me Li's team and Bo's team is the same note", () => {
    const toLi = "Thank you for showing me Li's team today";
    const toBo = "Thank you for showing me Bo's team today";
    expect(checkSimilarity(toLi, [toBo], ["Li Wei", "Bo Chen"])).toHaveLength(1);
  });

  it("compares notes of one or two words as they are: 'Thank you' is not 'Cheers, Dana'", () => {
    expect(checkSimilarity("Thank you", ["Cheers, Dana"], [])).toEqual([]);
    expect(checkSimilarity("Thank you", ["Thank you!"], [])).toHaveLength(1);
  });
});
