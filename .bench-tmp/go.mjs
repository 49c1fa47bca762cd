import { benchPlanner } from "./bench/planner.bench.js";
console.table(await benchPlanner());
