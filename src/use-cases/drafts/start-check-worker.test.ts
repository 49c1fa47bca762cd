import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { CheckContext } from "../../core/checks/check.types.js";
import { checkDraft } from "../../core/checks/check-draft.js";
import { AppError } from "../../errors/app-error.js";
import { checkOffThread, runCheckDraft } from "./run-check-draft.js";
import { type CheckWorker, startCheckWorker } from "./start-check-worker.js";

// vitest runs the sources, where check-worker.js does not exist: the worker is the one `npm test`
// builds into dist/ before running vitest.
const BUILT = new URL("../../../dist/src/use-cases/drafts/check-worker.js", import.meta.url);
const CONTEXT: CheckContext = {
  channel: "email",
  recipientName: "Dana Whitfield",
  knownNames: ["Dana Whitfield", "Northwind Analytics"],
  subject: "Thanks",
};

/** A stand-in worker that answers at once, or never for the text "hang", or fails to start. */
function fakeWorker(kind: "hang" | "broken"): URL {
  const file = join(mkdtempSync(join(tmpdir(), "check-worker-")), `${kind}.mjs`);
  writeFileSync(
    file,
    kind === "broken"
      ? `throw new Error("no dictionary");\n`
      : `import { parentPort } from "node:worker_threads";
parentPort.postMessage({ ready: true });
parentPort.on("message", ({ id, text }) => {
  if (text === "hang") for (;;);
  parentPort.postMessage({ id, findings: [{ rule: "echo", severity: "warning", start: 0, end: text.length, message: text, suggestion: null }] });
});\n`,
  );
  return pathToFileURL(file);
}

const started: CheckWorker[] = [];
const start = (...args: Parameters<typeof startCheckWorker>) => {
  const worker = startCheckWorker(...args);
  if (worker === null) throw new Error("no worker script");
  started.push(worker);
  return worker;
};
afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.close()));
});

describe("startCheckWorker", () => {
  it("is null where the worker is not compiled (the sources under vitest)", () => {
    expect(startCheckWorker({ workerUrl: new URL("./missing-worker.js", import.meta.url) })).toBe(
      null,
    );
  });

  it.skipIf(!existsSync(BUILT))(
    "finds on the built worker what checkDraft finds inline",
    async () => {
      const worker = start({ workerUrl: BUILT });
      for (const text of [
        "Dear Dana Whitfeld, thank you for the oportunity!! Their are the the plans.",
        "a".repeat(20_000),
        `Thanks for ${"qzkxv ".repeat(2000)}`,
      ]) {
        expect(await worker.check(text, CONTEXT)).toEqual(checkDraft(text, CONTEXT));
      }
    },
  );

  it("refuses a check that runs past the deadline, replaces the thread and goes on", async () => {
    const worker = start({ workerUrl: fakeWorker("hang"), deadlineMs: 300 });
    const hung = worker.check("hang", CONTEXT, "body");
    const after = worker.check("next", CONTEXT);
    // The main thread is free while the worker spins.
    await new Promise((resolve) => setImmediate(resolve));
    const error = await hung.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID_INPUT", field: "body" });
    expect((error as AppError).message).toMatch(/too long or too complex to check/);
    expect((await after)[0]?.message).toBe("next");
  });

  it("says BUSY when too many checks wait", async () => {
    const worker = start({ workerUrl: fakeWorker("hang"), deadlineMs: 300, maxWaiting: 2 });
    const waiting = [worker.check("hang", CONTEXT), worker.check("a", CONTEXT)];
    await expect(worker.check("b", CONTEXT)).rejects.toMatchObject({ code: "BUSY" });
    await Promise.allSettled(waiting);
  });

  it("refuses the checks waiting when the thread cannot start", async () => {
    const worker = start({ workerUrl: fakeWorker("broken") });
    await expect(worker.check("a", CONTEXT)).rejects.toThrow();
  });

  it("refuses the checks still waiting when closed", async () => {
    const worker = start({ workerUrl: fakeWorker("hang"), deadlineMs: 10_000 });
    const refused = expect(worker.check("hang", CONTEXT)).rejects.toThrow(/closed/);
    await worker.close();
    await refused;
  });
});

describe("runCheckDraft", () => {
  it("checks inline, or on the worker thread between checkOffThread and its stop", async () => {
    const inline = await runCheckDraft("Thank you for the oportunity.", CONTEXT);
    expect(inline.map((f) => f.rule)).toContain("R21-spelling");
    const stop = checkOffThread({ workerUrl: fakeWorker("hang") });
    expect(await runCheckDraft("on the thread", CONTEXT)).toMatchObject([{ rule: "echo" }]);
    await stop();
    expect(await runCheckDraft("Thank you for the oportunity.", CONTEXT)).toEqual(inline);
  });
});
