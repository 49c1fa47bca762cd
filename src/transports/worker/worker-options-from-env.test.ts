import { describe, expect, it } from "vitest";
import { workerOptionsFromEnv } from "./worker-options-from-env.js";

describe("workerOptionsFromEnv", () => {
  it("reads the settings that are set and leaves the rest to the defaults", () => {
    expect(
      workerOptionsFromEnv({
        FOLLOWTHROUGH_WORKER_LEASE_MS: "3000",
        FOLLOWTHROUGH_SMTP_TIMEOUT_MS: "",
        FOLLOWTHROUGH_SMTP_DEADLINE_MS: "20000",
        FOLLOWTHROUGH_DELIVERY_JOURNAL: "/tmp/journal.jsonl",
      }),
    ).toEqual({ leaseMs: 3000, smtpDeadlineMs: 20_000, journalPath: "/tmp/journal.jsonl" });
    expect(workerOptionsFromEnv({})).toEqual({});
  });

  it("refuses a value that is not a whole number of milliseconds, naming the variable", () => {
    for (const raw of ["3s", "-1", "0", "1.5"])
      expect(() => workerOptionsFromEnv({ FOLLOWTHROUGH_WORKER_POLL_MS: raw })).toThrow(
        /FOLLOWTHROUGH_WORKER_POLL_MS/,
      );
  });
});
