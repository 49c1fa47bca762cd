import { cpus, totalmem } from "node:os";
import type { BenchResult } from "./bench-result.js";

// `npm run bench`: every benchmark, one table. Figures go into BENCHMARKS.md by hand, with the machine.
const suites: Record<string, () => Promise<BenchResult[]>> = {
  // The planner first: the other suites leave a large heap behind that slows it by half.
  planner: async () => (await import("./planner.bench.js")).benchPlanner(),
  store: async () => (await import("./store.bench.js")).benchStore(),
  checks: async () => (await import("./checks.bench.js")).benchChecks(),
  "checks-hostile": async () => (await import("./check-bounds.bench.js")).benchCheckBounds(),
  search: async () => (await import("./search.bench.js")).benchSearch(),
  imap: async () => (await import("./imap.bench.js")).benchImap(),
  web: async () => (await import("./web.bench.js")).benchWeb(),
  agenda: async () => (await import("./agenda.bench.js")).benchAgenda(),
  "first-screen": async () => (await import("./first-screen.bench.js")).benchFirstScreen(),
  editor: async () => (await import("./editor.bench.js")).benchEditor(),
  outbox: async () => (await import("./outbox.bench.js")).benchOutbox(),
  hardening: async () => (await import("./hardening.bench.js")).benchHardening(),
  vcard: async () => (await import("./vcard.bench.js")).benchVCard(),
  "mail-text": async () => (await import("./mail-text.bench.js")).benchMailText(),
  rewrite: async () => (await import("./rewrite.bench.js")).benchRewrite(),
  "sign-in": async () => (await import("./sign-in.bench.js")).benchSignIn(),
  isolation: async () => (await import("./isolation.bench.js")).benchIsolation(),
};

const only = process.argv.slice(2);
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(
  `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
console.log("| suite | measure | value | unit | note |");
console.log("|---|---|---:|---|---|");
for (const [suite, run] of Object.entries(suites)) {
  if (only.length > 0 && !only.includes(suite)) continue;
  for (const r of await run())
    console.log(`| ${suite} | ${r.name} | ${r.value} | ${r.unit} | ${r.note ?? ""} |`);
}
