import type { z } from "zod";
import { AppError, type AppErrorCode, type Problem } from "./app-error.js";
import { labelOf } from "./field-labels.js";

/**
 * The one translator from a schema's refusal to the AppError every transport shows: each problem
 * by its field's label, in words, with what would be accepted. The first names `field`.
 */
export function fromZodError(error: z.ZodError, code: AppErrorCode, target = "input"): AppError {
  const problems = error.issues.slice(0, 20).map((issue) => problemOf(issue, target));
  const first = problems[0];
  if (!first) return new AppError(code, "The input is not valid.", { field: target });
  const message =
    problems.length === 1
      ? `${first.label}: ${first.message}.`
      : `${problems.length} things to fix: ${problems.map((p) => `${p.label}: ${p.message}`).join("; ")}.`;
  return new AppError(code, message, {
    field: first.field,
    ...(first.accepted === undefined ? {} : { accepted: first.accepted }),
    problems,
  });
}

function problemOf(issue: z.core.$ZodIssue, target: string): Problem {
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : target;
  const accepted = acceptedFor(issue);
  return {
    field,
    label: labelOf(field),
    message: messageOf(issue),
    ...(accepted === undefined ? {} : { accepted }),
  };
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is required" : `must be ${article(issue.expected)}`;
    case "too_small":
      return issue.origin === "string"
        ? Number(issue.minimum) <= 1
          ? "must not be empty"
          : `must be at least ${String(issue.minimum)} characters`
        : issue.origin === "array"
          ? `needs at least ${String(issue.minimum)}`
          : `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "string"
        ? `must be at most ${String(issue.maximum)} characters`
        : issue.origin === "array"
          ? `takes at most ${String(issue.maximum)}`
          : `must be at most ${String(issue.maximum)}`;
    case "invalid_value":
      return "is not one of the choices";
    case "unrecognized_keys":
      return `has fields that are not known (${issue.keys.join(", ")})`;
    default:
      // Our own schemas word their refusals for people ("is not an email address like …").
      return issue.message.replace(/\.$/, "");
  }
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
      return article(issue.expected);
    case "too_small":
      return `at least ${String(issue.minimum)}${issue.origin === "string" ? " characters" : ""}`;
    case "too_big":
      return `at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : ""}`;
    case "unrecognized_keys":
      return `no other fields than the documented ones (remove ${issue.keys.join(", ")})`;
    default:
      return undefined;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: "text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: "a list",
    object: "an object",
  };
  return words[expected] ?? expected;
}
