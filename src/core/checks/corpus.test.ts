import { describe, expect, it } from "vitest";
import { checkDraft } from "./check-draft.js";
import {
  CORPUS,
  CORPUS_CLASSES,
  CORPUS_CONTEXT,
  type CorpusClass,
  type CorpusEntry,
} from "./corpus.js";
import { HELD_OUT } from "./held-out-corpus.js";

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function score(corpus: readonly CorpusEntry[]) {
  const perClass = new Map<CorpusClass, Counts>(
    CORPUS_CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  const misses: string[] = [];
  for (const entry of corpus) {
    const findings = checkDraft(entry.text, { ...CORPUS_CONTEXT, ...entry.context });
    const got = new Set(
      findings
        .map((f) => f.rule)
        .filter((r): r is CorpusClass => (CORPUS_CLASSES as readonly string[]).includes(r)),
    );
    const want = new Set(entry.expect);
    for (const c of CORPUS_CLASSES) {
      const counts = perClass.get(c) as Counts;
      if (got.has(c) && want.has(c)) counts.tp++;
      else if (got.has(c)) {
        counts.fp++;
        misses.push(`false ${c}: ${entry.text}`);
      } else if (want.has(c)) {
        counts.fn++;
        misses.push(`missed ${c}: ${entry.text}`);
      }
    }
  }
  const total = [...perClass.values()].reduce(
    (sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const table = Object.fromEntries(
    [...perClass.entries(), ["overall", total] as const].map(([name, c]) => [
      name,
      {
        tp: c.tp,
        fp: c.fp,
        fn: c.fn,
        precision: Number(ratio(c.tp, c.tp + c.fp).toFixed(3)),
        recall: Number(ratio(c.tp, c.tp + c.fn).toFixed(3)),
      },
    ]),
  );
  return { total, table, misses };
}

describe("checker precision and recall on the labelled corpus (R21, R1, R22)", () => {
  const { total, table, misses } = score(CORPUS);

  it("has at least 60 labelled sentences, clean ones among them", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it("prints the table and stays above the floor (precision ≥ 0.9, recall ≥ 0.85 overall)", () => {
    console.log(`Checker on ${CORPUS.length} sentences:`);
    console.table(table);
    if (misses.length > 0) console.log(misses.join("\n"));
    expect(ratio(total.tp, total.tp + total.fp)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(total.tp, total.tp + total.fn)).toBeGreaterThanOrEqual(0.85);
  });
});

describe("checker on held-out sentences it was not tuned on (R21)", () => {
  const { total, table, misses } = score(HELD_OUT);

  // Measured 2026-11-22: precision 0.96, recall 0.59 (grammar recall 0.42); harper.js scored
  // 0.91 / 0.57 on the same sentences (BENCHMARKS.md). With issue 11's rules (tuned on
  // fixtures/grammar-dev.txt, not on these): 0.96 / 0.70, grammar recall 0.58.
  it("prints the table and stays above the floor (precision ≥ 0.9, recall ≥ 0.65 overall)", () => {
    console.log(`Checker on ${HELD_OUT.length} held-out sentences:`);
    console.table(table);
    if (misses.length > 0) console.log(misses.join("\n"));
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(50);
    expect(ratio(total.tp, total.tp + total.fp)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(total.tp, total.tp + total.fn)).toBeGreaterThanOrEqual(0.65);
  });
});
