import { z } from "@hono/zod-openapi";
import { errorSchema } from "./schemas/error.schema.js";

const errorContent = { "application/json": { schema: errorSchema } };

/** Every route may refuse: 400 names the field, 404 the unknown id, 409 a clash with the store. */
export const errorResponses = {
  400: { content: errorContent, description: "Bad input: names the field and what is accepted" },
  404: { content: errorContent, description: "An id that is not in the store" },
  409: { content: errorContent, description: "Conflicts with what is stored" },
} as const;

export function ok<S extends z.ZodType>(schema: S, description: string) {
  return {
    200: { content: { "application/json": { schema } }, description },
    ...errorResponses,
  } as const;
}

export function created<S extends z.ZodType>(schema: S, description: string) {
  return {
    201: { content: { "application/json": { schema } }, description },
    ...errorResponses,
  } as const;
}

/** `{id}` in a path. */
export function idParams(example: string) {
  return z.object({
    id: z
      .string()
      .min(1)
      .openapi({ param: { name: "id", in: "path" }, example }),
  });
}

export function jsonBody<S extends z.ZodType>(schema: S, description?: string) {
  return {
    content: { "application/json": { schema } },
    required: true,
    ...(description === undefined ? {} : { description }),
  } as const;
}
