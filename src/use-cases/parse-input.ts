import type { z } from "zod";
import { AppError } from "../errors/app-error.js";

/**
 * Validates raw input (CLI flags, an HTTP body, an imported file) against a use case's schema.
 * The first problem becomes one AppError that names the field and what would be accepted.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  code: "INVALID_INPUT" | "INVALID_IMPORT" = "INVALID_INPUT",
): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "input";
  const accepted = issue ? acceptedFor(issue) : undefined;
  const message = issue ? `${field}: ${issue.message}` : "The input is not valid.";
  return throwError(
    new AppError(code, message, accepted === undefined ? { field } : { field, accepted }),
  );
}

function acceptedFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === "invalid_value" && "values" in issue)
    return `one of: ${issue.values.map(String).join(", ")}`;
  if (issue.code === "invalid_type") return `a value of type ${issue.expected}`;
  if (issue.code === "too_small" && "minimum" in issue) return `at least ${String(issue.minimum)}`;
  if (issue.code === "too_big" && "maximum" in issue) return `at most ${String(issue.maximum)}`;
  return undefined;
}

function throwError(error: AppError): never {
  throw error;
}
