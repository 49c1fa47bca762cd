import { AppError } from "../errors/app-error.js";

export type Clock = () => string;

/** The system clock, unless FOLLOWTHROUGH_NOW fixes it (tests and demos). */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const fixed = env.FOLLOWTHROUGH_NOW;
  if (!fixed) return () => new Date().toISOString();
  const ms = Date.parse(fixed);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}T/.test(fixed)) {
    throw new AppError("INVALID_INPUT", `FOLLOWTHROUGH_NOW is not an ISO instant: "${fixed}".`, {
      field: "FOLLOWTHROUGH_NOW",
      accepted: "an ISO-8601 instant such as 2026-11-20T17:00:00Z",
    });
  }
  const iso = new Date(ms).toISOString();
  return () => iso;
}
