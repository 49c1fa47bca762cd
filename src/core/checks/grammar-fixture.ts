// The grammar fixtures' format (fixtures/grammar-*.txt): one sentence a line, [brackets] around the
// words a proofreader would flag, '#' for comments. Parsed here so the held-out test, the dev test
// and the engine comparison score the same way.
import type { Span } from "./text-spans.js";

export interface GrammarCase {
  /** The sentence without its brackets. */
  text: string;
  /** The faults' spans in `text`; none for a correct sentence. */
  faults: Span[];
  line: number;
}

export function parseGrammarFixture(source: string): GrammarCase[] {
  const cases: GrammarCase[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    let text = "";
    const faults: Span[] = [];
    let open: number | null = null;
    for (const char of line) {
      if (char === "[" && open === null) open = text.length;
      else if (char === "]" && open !== null) {
        faults.push({ start: open, end: text.length });
        open = null;
      } else text += char;
    }
    if (open !== null) throw new Error(`line ${index + 1}: a [ without its ]`);
    cases.push({ text, faults, line: index + 1 });
  });
  return cases;
}

export interface GrammarScore {
  /** Faults found (a finding overlaps the fault's span). */
  found: number;
  faults: number;
  /** Findings on no fault. */
  falseAlarms: number;
  findings: number;
  recall: number;
  precision: number;
  misses: string[];
  alarms: string[];
}

/** Scores `find` (the grammar findings' spans of a text) on the cases. */
export function scoreGrammar(
  cases: readonly GrammarCase[],
  find: (text: string) => readonly Span[],
): GrammarScore {
  let found = 0;
  let faults = 0;
  let falseAlarms = 0;
  let findings = 0;
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const c of cases) {
    const spans = find(c.text);
    findings += spans.length;
    faults += c.faults.length;
    for (const f of c.faults) {
      if (spans.some((s) => s.start < f.end && f.start < s.end)) found++;
      else misses.push(`missed "${c.text.slice(f.start, f.end)}": ${c.text}`);
    }
    for (const s of spans) {
      if (!c.faults.some((f) => s.start < f.end && f.start < s.end)) {
        falseAlarms++;
        alarms.push(`false alarm "${c.text.slice(s.start, s.end)}": ${c.text}`);
      }
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    found,
    faults,
    falseAlarms,
    findings,
    recall: ratio(found, faults),
    precision: ratio(findings - falseAlarms, findings),
    misses,
    alarms,
  };
}
