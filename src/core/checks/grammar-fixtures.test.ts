import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDraft } from "./check-draft.js";
import { parseGrammarFixture, scoreGrammar } from "./grammar-fixture.js";

const load = (name: string) =>
  parseGrammarFixture(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
const CONTEXT = {
  channel: "card" as const,
  recipientName: "Dana Whitfield",
  knownNames: ["Dana Whitfield", "Rajesh Iyer", "Mei O'Connell"],
};
const grammarSpans = (text: string) =>
  checkDraft(text, CONTEXT).filter((f) => f.rule === "R21-grammar");

describe("grammar on its fixtures (R21, issue 11 item 6)", () => {
  it("the dev set, which the rules are tuned on", () => {
    const score = scoreGrammar(load("grammar-dev.txt"), grammarSpans);
    console.log(
      `grammar dev: recall ${score.recall.toFixed(3)} (${score.found}/${score.faults}), precision ${score.precision.toFixed(3)} (${score.falseAlarms} false alarms in ${score.findings})`,
    );
    if (process.env.GRAMMAR_VERBOSE) console.log([...score.misses, ...score.alarms].join("\n"));
    expect(score.faults).toBeGreaterThan(40);
  });

  // The held-out set was written before the rules and never tuned on: its figures are the ones
  // BENCHMARKS.md reports. Target: recall ≥ 0.80 with precision ≥ 0.95.
  it("the held-out set: prints recall and precision and holds them above their floors", () => {
    const cases = load("grammar-held-out.txt");
    const score = scoreGrammar(cases, grammarSpans);
    console.log(
      `grammar held-out: recall ${score.recall.toFixed(3)} (${score.found}/${score.faults}), precision ${score.precision.toFixed(3)} (${score.falseAlarms} false alarms in ${score.findings}), ${cases.filter((c) => c.faults.length === 0).length} correct sentences`,
    );
    console.log([...score.misses, ...score.alarms].join("\n"));
    expect(score.faults).toBeGreaterThanOrEqual(49);
    expect(cases.filter((c) => c.faults.length === 0).length).toBeGreaterThanOrEqual(60);
    // Measured 2026-12-01: recall 0.96 (47/49), precision 1.00; the rules before issue 11 scored
    // 0.47 / 0.88 and harper.js 0.45 / 0.85 on the same sentences (BENCHMARKS.md).
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
  });
});
