import { ApiError } from "../api.js";

/** An API error as the user can act on it: what is wrong, the field, what would be accepted. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error" role="alert">
      <p>{message}</p>
      {api?.field ? (
        <p className="muted">
          Field: <code>{api.field}</code>
          {api.accepted ? <> — accepted: {api.accepted}</> : null}
        </p>
      ) : null}
    </div>
  );
}
