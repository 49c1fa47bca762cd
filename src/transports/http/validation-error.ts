import type { z } from "zod";
import { AppError } from "../../errors/app-error.js";

/**
 * A request that fails its schema becomes the one AppError, naming the first wrong field (as a
 * JSON path: `contactIds.0`) and what would be accepted, so the API answers 400, never 500.
 */
export function validationError(error: z.ZodError, target: string): AppError {
  const issue = error.issues[0];
  if (!issue)
    return new AppError("INVALID_INPUT", `The ${target} is not valid.`, { field: target });
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : target;
  const accepted = acceptedFor(issue);
  return new AppError(
    "INVALID_INPUT",
    `${field}: ${issue.message}`,
    accepted === undefined ? { field } : { field, accepted },
  );
}

function acceptedFor(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "invalid_value":
      return `one of: ${issue.values.map(String).join(", ")}`;
    case "invalid_union":
      return "options" in issue && Array.isArray(issue.options)
        ? `one of: ${issue.options.map(String).join(", ")}`
        : undefined;
    case "invalid_type":
      return `a value of type ${issue.expected}`;
    case "too_small":
      return `at least ${String(issue.minimum)}`;
    case "too_big":
      return `at most ${String(issue.maximum)}`;
    case "unrecognized_keys":
      return `no other fields than the documented ones (remove ${issue.keys.join(", ")})`;
    default:
      return undefined;
  }
}
