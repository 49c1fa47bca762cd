import { benchPlanner } from "./bench/planner.bench.js";
for (let i=0;i<4;i++) await benchPlanner();
