// One error type for everything a user can get wrong or the world can refuse. Transports map
// the code once (see error-mapping.ts); nothing else decides exit codes or HTTP statuses.

import { labelOf } from "./field-labels.js";

export const APP_ERROR_CODES = [
  "INVALID_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "INVALID_IMPORT",
  "EXTERNAL_FAILURE",
  "BUSY",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** One thing to fix, by the field's key and the label the person sees. */
export interface Problem {
  field: string;
  label: string;
  message: string;
  accepted?: string;
}

export interface AppErrorDetails {
  /** The field (flag, JSON path, vCard line) that is wrong. */
  field?: string;
  /** What would be accepted instead, said so a person can fix it. */
  accepted?: string;
  /** Every problem, when there are several (a form with two wrong fields gets both at once). */
  problems?: Problem[];
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;
  readonly accepted: string | undefined;
  readonly problems: Problem[] | undefined;

  constructor(code: AppErrorCode, message: string, details: AppErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "AppError";
    this.code = code;
    this.field = details.field;
    this.accepted = details.accepted;
    this.problems = details.problems;
  }

  toJSON(): {
    code: AppErrorCode;
    message: string;
    field?: string;
    label?: string;
    accepted?: string;
    problems?: Problem[];
  } {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field, label: labelOf(this.field) }),
      ...(this.accepted === undefined ? {} : { accepted: this.accepted }),
      ...(this.problems === undefined ? {} : { problems: this.problems }),
    };
  }
}

export function invalidInput(field: string, message: string, accepted?: string): AppError {
  return new AppError(
    "INVALID_INPUT",
    message,
    accepted === undefined ? { field } : { field, accepted },
  );
}

/** A record that is not there. The message names what it was, never its internal id. */
export function notFound(what: string, field?: string): AppError {
  return new AppError(
    "NOT_FOUND",
    `That ${what} is not on record: it may have been deleted or forgotten, or the id is mistyped.`,
    field === undefined ? {} : { field },
  );
}
