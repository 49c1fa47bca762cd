import type { AppErrorCode } from "./app-error.js";

/** Exit codes of the CLI: 2 for anything the user can fix, 1 for the world refusing. */
export function exitCodeFor(code: AppErrorCode): number {
  switch (code) {
    case "INVALID_INPUT":
    case "NOT_FOUND":
    case "CONFLICT":
    case "FORBIDDEN":
    case "UNAUTHENTICATED":
    case "INVALID_IMPORT":
      return 2;
    case "EXTERNAL_FAILURE":
    case "BUSY":
      return 1;
    default:
      return assertNever(code);
  }
}

export function httpStatusFor(code: AppErrorCode): number {
  switch (code) {
    case "INVALID_INPUT":
    case "INVALID_IMPORT":
      return 400;
    case "NOT_FOUND":
      return 404;
    case "CONFLICT":
      return 409;
    case "FORBIDDEN":
      return 403;
    case "UNAUTHENTICATED":
      return 401;
    case "EXTERNAL_FAILURE":
      return 502;
    case "BUSY":
      return 503;
    default:
      return assertNever(code);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unmapped error code: ${String(value)}`);
}
