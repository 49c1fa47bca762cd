// Cost of rewriting notes for their reader (issue 11): loading compromise in a fresh process
// (time, heap, RSS), and one note rewritten when warm. Each timed note is new text, so the
// rewrite's cache never answers.
import { execFileSync } from "node:child_process";
import { rewriteNoteForReader } from "../src/core/drafts/rewrite/rewrite-note-for-reader.js";
import { type BenchResult, median, percentile } from "./bench-result.js";

const LOAD = `
const gc = globalThis.gc ?? (() => {});
gc();
const heap = process.memoryUsage().heapUsed;
const rss = process.memoryUsage().rss;
const start = performance.now();
const nlp = (await import("compromise")).default;
nlp("She wants to watch the talk.").json();
const ms = performance.now() - start;
gc();
console.log(JSON.stringify({ ms, heap: process.memoryUsage().heapUsed - heap, rss: process.memoryUsage().rss - rss }));
`;

const NOTES = [
  (i: number) => `her team is moving ${i} nightly batch jobs to Kafka streaming next year`,
  (i: number) => `he wants to watch talk ${i} from Data Council`,
  (i: number) => `loves hiking, ${i} trails so far`,
  (i: number) => `the plan to move ${i} pipelines to streaming ingestion`,
  (i: number) => `Raj said his team built ${i} dashboards`,
];

const READERS = {
  about: "Dana Whitfield",
  reader: "Dana Whitfield",
  others: ["Rajesh Iyer", "Rajesh", "Raj", "Mei O'Connell", "Mei"],
};

export async function benchRewrite(): Promise<BenchResult[]> {
  const loads = [0, 1, 2].map(
    () =>
      JSON.parse(
        execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", LOAD], {
          encoding: "utf8",
        }),
      ) as { ms: number; heap: number; rss: number },
  );
  for (let i = 0; i < 50; i++)
    rewriteNoteForReader((NOTES[i % NOTES.length] as (i: number) => string)(i), READERS);
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const text = (NOTES[i % NOTES.length] as (i: number) => string)(1000 + i);
    const start = performance.now();
    rewriteNoteForReader(text, READERS);
    times.push(performance.now() - start);
  }
  const mib = (bytes: number): number => round(bytes / 1024 / 1024);
  return [
    {
      name: "rewrite.compromise.load",
      value: round(median(loads.map((l) => l.ms))),
      unit: "ms",
      note: "import compromise and tag one sentence, fresh process, median of 3",
    },
    {
      name: "rewrite.compromise.heap",
      value: mib(median(loads.map((l) => l.heap))),
      unit: "MiB",
      note: "heapUsed after gc, fresh process",
    },
    {
      name: "rewrite.compromise.rss",
      value: mib(median(loads.map((l) => l.rss))),
      unit: "MiB",
      note: "RSS growth, fresh process",
    },
    {
      name: "rewrite.note.median",
      value: round(median(times)),
      unit: "ms",
      note: "one note rewritten for its reader, warm, median of 500 new notes",
    },
    { name: "rewrite.note.p95", value: round(percentile(times, 95)), unit: "ms", note: "warm" },
  ];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
