import type { z } from "zod";
import { fromZodError } from "../errors/from-zod-error.js";

/**
 * Validates raw input (CLI flags, an HTTP body, an imported file) against a use case's schema.
 * Every problem goes into one AppError, each named by its field's label (see fromZodError).
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  code: "INVALID_INPUT" | "INVALID_IMPORT" = "INVALID_INPUT",
): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw fromZodError(result.error, code);
}
