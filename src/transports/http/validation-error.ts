import type { z } from "zod";
import type { AppError } from "../../errors/app-error.js";
import { fromZodError } from "../../errors/from-zod-error.js";

/** A request that fails its schema: the same translation as the use cases', so 400, never 500. */
export function validationError(error: z.ZodError, target: string): AppError {
  return fromZodError(error, "INVALID_INPUT", target);
}
