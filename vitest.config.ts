import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // Generous: many tests start processes (the CLI, a server, chromium) on a machine that may be busy.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration tests share one PostgreSQL database; files run one at a time against it.
    fileParallelism: true,
    pool: "forks",
  },
});
