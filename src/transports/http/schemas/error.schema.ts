import { z } from "@hono/zod-openapi";
import { APP_ERROR_CODES } from "../../../errors/app-error.js";

/** The one error shape of the API: a code, what is wrong, the field, and what would be accepted. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum([...APP_ERROR_CODES, "UNEXPECTED"]),
      message: z.string(),
      field: z.string().optional(),
      label: z
        .string()
        .optional()
        .openapi({ description: "The field as the form calls it, to show beside the message" }),
      accepted: z.string().optional(),
      problems: z
        .array(
          z.object({
            field: z.string(),
            label: z.string().openapi({ description: "The field as the form calls it" }),
            message: z.string(),
            accepted: z.string().optional(),
          }),
        )
        .optional()
        .openapi({ description: "Every problem, when there are several" }),
    }),
  })
  .openapi("Error");
export type ErrorBody = z.output<typeof errorSchema>;
