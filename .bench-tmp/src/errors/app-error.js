// One error type for everything a user can get wrong or the world can refuse. Transports map
// the code once (see error-mapping.ts); nothing else decides exit codes or HTTP statuses.
export const APP_ERROR_CODES = [
    "INVALID_INPUT",
    "NOT_FOUND",
    "CONFLICT",
    "INVALID_IMPORT",
    "EXTERNAL_FAILURE",
];
export class AppError extends Error {
    code;
    field;
    accepted;
    constructor(code, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = "AppError";
        this.code = code;
        this.field = details.field;
        this.accepted = details.accepted;
    }
    toJSON() {
        return {
            code: this.code,
            message: this.message,
            ...(this.field === undefined ? {} : { field: this.field }),
            ...(this.accepted === undefined ? {} : { accepted: this.accepted }),
        };
    }
}
export function invalidInput(field, message, accepted) {
    return new AppError("INVALID_INPUT", message, accepted === undefined ? { field } : { field, accepted });
}
export function notFound(what, id, field) {
    return new AppError("NOT_FOUND", `No ${what} with id "${id}".`, field === undefined ? {} : { field });
}
