import type { ErrorBody } from "./api-types.js";

/** The API's one error shape, as an exception the caller can show: what is wrong, where, what fits. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly accepted: string | undefined;
  readonly problems: NonNullable<ErrorBody["error"]["problems"]>;

  constructor(status: number, body: ErrorBody["error"]) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.accepted = body.accepted;
    this.problems = body.problems ?? [];
  }
}
