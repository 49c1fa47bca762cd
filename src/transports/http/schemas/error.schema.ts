import { z } from "@hono/zod-openapi";
import { APP_ERROR_CODES } from "../../../errors/app-error.js";

/** The one error shape of the API: a code, what is wrong, the field, and what would be accepted. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum([...APP_ERROR_CODES, "UNEXPECTED"]),
      message: z.string(),
      field: z.string().optional(),
      accepted: z.string().optional(),
    }),
  })
  .openapi("Error");
export type ErrorBody = z.output<typeof errorSchema>;
