import type { ErrorBody } from "./api-types.js";

/** The API's one error shape, as an exception the caller can show: what is wrong, where, what fits. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** The field as the form calls it ("Email"), when the error is about one field. */
  readonly label: string | undefined;
  readonly accepted: string | undefined;
  readonly problems: NonNullable<ErrorBody["error"]["problems"]>;

  constructor(status: number, body: ErrorBody["error"]) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.label = body.label;
    this.accepted = body.accepted;
    this.problems = body.problems ?? [];
  }
}
