import { ApiError } from "../../../src/client/api-error.js";

/**
 * An API error as the user can act on it: every problem at once, each by the field's label as
 * the form shows it, with what would be accepted. Never a field key or an internal id.
 */
export function ErrorMessage({
  error,
  labels,
}: {
  error: unknown;
  /** This form's own labels, by field, where they differ from the API's ("timeline": "They decide"). */
  labels?: Readonly<Record<string, string>>;
}) {
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const message = error instanceof Error ? error.message : String(error);
  if (api && api.problems.length > 1)
    return (
      <div className="error" role="alert">
        <p>Please fix {api.problems.length} things:</p>
        <ul>
          {api.problems.map((p) => (
            <li key={p.field}>
              <strong>{p.label}</strong> {p.message}
              {p.accepted ? <span className="muted"> (accepted: {p.accepted})</span> : null}
            </li>
          ))}
        </ul>
      </div>
    );
  // Bad input in one field: its label first, as the form calls it, unless the message starts with it.
  const named = api?.field ? (labels?.[api.field] ?? api.label) : undefined;
  const label = api?.code === "INVALID_INPUT" && named && !message.startsWith(named) ? named : null;
  return (
    <div className="error" role="alert">
      <p>
        {label ? <strong>{label}: </strong> : null}
        {message}
      </p>
      {api?.accepted ? <p className="muted">Accepted: {api.accepted}</p> : null}
    </div>
  );
}
