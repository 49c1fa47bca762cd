import { parseCrontab } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { JOBS } from "./job-tasks.js";
import { CRONTAB } from "./start-job-queue.js";

describe("the hosted job queue's crontab", () => {
  it("is one graphile-worker accepts, each schedule under its stable job key", () => {
    const items = parseCrontab(CRONTAB);
    expect(items.map((i) => [i.task, i.options.jobKey, i.options.maxAttempts])).toEqual([
      [JOBS.scheduleWatch.task, JOBS.scheduleWatch.key(), 1],
      [JOBS.scheduleAccounts.task, JOBS.scheduleAccounts.key(), 1],
    ]);
  });
});
