// Plans per second for typical interviews (3 contacts, 5 notes): the planner runs on every
// change to an interview and for every interview of a company (R15), so it must be cheap.
// Target: 100,000 plans/second on one core.
import { addDays } from "../src/core/calendar/local-date.js";
import { planFollowUps } from "../src/core/planner/plan-follow-ups.js";
import type { PlanningFacts } from "../src/core/planner/planning-facts.js";
import { facts, notes, person } from "../src/core/planner/test-facts.js";
import type { BenchResult } from "./bench-result.js";

const INTERVIEWS = 10_000;
const WARM_PASSES = 5;
const ZONES = [
  "America/New_York",
  "America/Los_Angeles",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Tokyo",
];
const REGIONS: [string, string | null][] = [
  ["US", null],
  ["GB", "ENG"],
  ["DE", "BY"],
  ["JP", null],
];

/** A small deterministic PRNG (mulberry32), so every run plans the same interviews. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(count: number): { facts: PlanningFacts; now: string }[] {
  const next = random(42);
  const from = Date.UTC(2026, 0, 1, 8);
  return Array.from({ length: count }, (_, i) => {
    const startMs =
      from + Math.floor(next() * 730) * 86_400_000 + Math.floor(next() * 10) * 3_600_000;
    const zone = ZONES[i % ZONES.length] as string;
    const [country, region] = REGIONS[i % REGIONS.length] as [string, string | null];
    const id = `int_${i}`;
    const day = new Date(startMs).toISOString().slice(0, 10);
    const participants = [
      person(`con_${i}_hm`, { role: "hiring-manager", agreedToConnect: next() < 0.5 }),
      person(`con_${i}_rec`, {
        role: "recruiter",
        followUpOn: next() < 0.3 ? addDays(day, 7) : null,
        followUpVia: "phone",
      }),
      person(`con_${i}_int`, { role: "interviewer", timeZone: next() < 0.2 ? "Asia/Tokyo" : null }),
    ];
    const planned = facts({
      interview: {
        id,
        startsAt: new Date(startMs).toISOString(),
        timeZone: zone,
        timelineDate: next() < 0.5 ? addDays(day, 14) : null,
        sendCard: next() < 0.3,
      },
      company: { id: `co_${i}`, country, region },
      participants,
    });
    return {
      facts: { ...planned, notes: notes(id, 5) },
      now: new Date(startMs + 2 * 3_600_000).toISOString(),
    };
  });
}

function planAll(inputs: { facts: PlanningFacts; now: string }[]): { ms: number; actions: number } {
  let actions = 0;
  const started = performance.now();
  for (const input of inputs) actions += planFollowUps(input.facts, input.now).length;
  return { ms: performance.now() - started, actions };
}

export async function benchPlanner(): Promise<BenchResult[]> {
  const inputs = generate(INTERVIEWS);
  const cold = planAll(inputs);
  const warm: number[] = [];
  for (let pass = 0; pass < WARM_PASSES; pass++) warm.push(planAll(inputs).ms);
  warm.sort((a, b) => a - b);
  const warmMs = warm[Math.floor(warm.length / 2)] as number;
  return [
    {
      name: "plans per second (first pass)",
      value: Math.round((INTERVIEWS / cold.ms) * 1000),
      unit: "plans/s",
      note: `${INTERVIEWS} interviews, 3 contacts and 5 notes each; holiday, zone-offset and id memos cold`,
    },
    {
      name: "plans per second (re-plan)",
      value: Math.round((INTERVIEWS / warmMs) * 1000),
      unit: "plans/s",
      note: `median of ${WARM_PASSES} passes over the same interviews; target 100,000`,
    },
    {
      name: "actions per plan",
      value: Math.round((cold.actions / INTERVIEWS) * 10) / 10,
      unit: "actions",
    },
  ];
}
