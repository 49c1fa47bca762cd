import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError } from "../../errors/app-error.js";
import { httpStatusFor } from "../../errors/error-mapping.js";
import { isRetryableStoreError, storeBusy } from "../../store/store-busy.js";
import type { ErrorBody } from "./schemas/error.schema.js";

/**
 * The one place an error becomes an HTTP answer. AppError keeps its code (mapped once by
 * httpStatusFor); the framework's own refusals (malformed JSON, wrong media type, too large) are
 * bad input; anything else is a bug and the only way to a 500.
 */
export function errorResponse(error: unknown, c: Context): Response {
  if (isRetryableStoreError(error)) return errorResponse(storeBusy(error), c);
  if (error instanceof AppError) {
    // A busy store is a moment's wait, not a failure: say when to try again.
    if (error.code === "BUSY") c.header("retry-after", "1");
    return send(c, httpStatusFor(error.code), error.toJSON());
  }
  if (error instanceof HTTPException && error.status < 500) {
    const tooLarge = error.status === 413;
    return send(c, tooLarge ? 413 : 400, {
      code: "INVALID_INPUT",
      message: tooLarge ? "The request body is too large." : requestProblem(error),
      field: tooLarge ? "body" : fieldOf(error),
      accepted: tooLarge
        ? "a smaller body (see the limits in /api/docs)"
        : "a JSON body sent with Content-Type: application/json",
    });
  }
  console.error("followthrough: unexpected error while serving", c.req.method, c.req.path, error);
  return send(c, 500, { code: "UNEXPECTED", message: "Something went wrong on our side." });
}

function requestProblem(error: HTTPException): string {
  const message = error.message || "The request could not be read.";
  return message.endsWith(".") ? message : `${message}.`;
}

function fieldOf(error: HTTPException): string {
  return error.status === 415 || /content-type/i.test(error.message) ? "content-type" : "body";
}

function send(c: Context, status: number, error: ErrorBody["error"]): Response {
  return c.json({ error } satisfies ErrorBody, status as ContentfulStatusCode);
}
