import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newId } from "../src/shared/new-id.js";
import { LOCAL_ACCOUNT_ID, openStore } from "../src/store/open-store.js";
import { insertCorrespondence } from "../src/store/repositories/correspondence.repository.js";
import type { UseCaseContext } from "../src/use-cases/context.js";
import { addInterview } from "../src/use-cases/interviews/add-interview.js";
import { search } from "../src/use-cases/search/search.js";
import { type BenchResult, median, percentile } from "./bench-result.js";

const MESSAGES = 100_000;
const VOCABULARY = 5_000;
const WORDS_PER_MESSAGE = 60;
const NOW = "2026-11-20T12:00:00.000Z";

/** Deterministic pseudo-random numbers, so every run searches the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Made-up words ("kelomari"), ranked: word i appears about 1/(i+1) as often as word 0 (Zipf). */
function vocabulary(next: () => number): string[] {
  const syllables = ["ka", "lo", "mi", "re", "tu", "sa", "ne", "po", "vi", "da", "gu", "fe"];
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    let w = "";
    const n = 2 + Math.floor(next() * 3);
    for (let i = 0; i < n; i++) w += syllables[Math.floor(next() * syllables.length)];
    words.add(w);
  }
  return [...words];
}

function zipfSampler(next: () => number): () => number {
  const weights = Array.from({ length: VOCABULARY }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) {
    acc += w / total;
    cumulative.push(acc);
  }
  return () => {
    const x = next();
    let lo = 0;
    let hi = VOCABULARY - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * R25 search over 100,000 messages on SQLite (FTS5): p50/p95 of the search use case for
 * one-word, two-word and phrase queries over words of every frequency but the 20 commonest,
 * and separately for the commonest words (each in a large share of all messages).
 */
export async function benchSearch(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "followthrough-bench-search-"));
  const store = await openStore({ dataDir: dir });
  try {
    const ctx: UseCaseContext = { db: store.db, accountId: LOCAL_ACCOUNT_ID, now: () => NOW };
    const { interview, application } = await addInterview(ctx, {
      company: "Acme",
      role: "Engineer",
      at: "2026-10-01T10:00",
      timeZone: "Europe/London",
    });
    const next = random(42);
    const words = vocabulary(next);
    const pick = zipfSampler(next);
    const started = performance.now();
    await store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < MESSAGES; i++) {
        const body = Array.from({ length: WORDS_PER_MESSAGE }, () => words[pick()]).join(" ");
        await insertCorrespondence(trx, LOCAL_ACCOUNT_ID, {
          id: newId("cr"),
          applicationId: application.id,
          interviewId: interview.id,
          direction: i % 2 ? "in" : "out",
          channel: "email",
          occurredAt: new Date(Date.parse(NOW) - i * 60_000).toISOString(),
          contactIds: [],
          subject: `${words[pick()]} ${words[pick()]}`,
          body,
          messageId: `<m${i}@bench>`,
          threadId: null,
          inReplyTo: null,
          actionId: null,
          createdAt: NOW,
        });
      }
    });
    const loadMs = performance.now() - started;

    const q = random(7);
    const word = (from: number, to: number) =>
      words[from + Math.floor(q() * (to - from))] as string;
    const typical: string[] = [];
    for (let i = 0; i < 100; i++) {
      const shape = i % 3;
      if (shape === 0) typical.push(word(20, VOCABULARY));
      else if (shape === 1) typical.push(`${word(20, 500)} ${word(20, VOCABULARY)}`);
      else typical.push(`"${word(20, 1000)} ${word(20, 1000)}"`);
    }
    const common = Array.from({ length: 20 }, (_, i) => words[i] as string);
    const time = async (queries: string[], rounds: number) => {
      const ms: number[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const text of queries) {
          const t0 = performance.now();
          await search(ctx, { text, limit: 20 });
          ms.push(performance.now() - t0);
        }
      }
      return ms;
    };
    await time(typical.slice(0, 10), 1); // warm the page cache
    const typicalMs = await time(typical, 5);
    const commonMs = await time(common, 3);
    const round = (n: number) => Math.round(n * 100) / 100;
    return [
      {
        name: "sqlite: index 100,000 messages",
        value: Math.round(loadMs),
        unit: "ms",
        note: "one transaction, FTS5 triggers",
      },
      {
        name: "sqlite: search p50",
        value: round(median(typicalMs)),
        unit: "ms",
        note: "word / two words / phrase, 500 queries",
      },
      {
        name: "sqlite: search p95",
        value: round(percentile(typicalMs, 95)),
        unit: "ms",
        note: "target < 10 ms",
      },
      {
        name: "sqlite: search p95, 20 commonest words",
        value: round(percentile(commonMs, 95)),
        unit: "ms",
        note: "each word in most messages: every hit is ranked",
      },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
