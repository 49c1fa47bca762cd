import { useState } from "react";
import type { DeletedRecord } from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { formatInstant } from "../format.js";
import { useLoad } from "../use-load.js";
import { ErrorMessage } from "./error-message.js";

/** Notes, events and messages deleted lately, each one press from coming back. */
export function RecentlyDeleted() {
  const deleted = useLoad(() => api.listDeleted(), "trash");
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);
  const restore = async (record: DeletedRecord) => {
    setError(null);
    setStatus("");
    try {
      await api.restoreDeleted(record.id);
      setStatus(`Restored ${record.label}; the plan is updated.`);
      deleted.reload();
    } catch (err) {
      setError(err);
    }
  };
  const rows = deleted.data ?? [];
  return (
    <div className="card">
      <ErrorMessage error={deleted.error ?? error} />
      {rows.length === 0 && deleted.data ? <p className="muted">Nothing deleted lately.</p> : null}
      <ul className="plain" aria-label="Recently deleted">
        {rows.map((r) => (
          <li key={r.id}>
            <span>
              {r.label} <span className="muted">· deleted {formatInstant(r.deletedAt)}</span>
            </span>{" "}
            <button type="button" onClick={() => void restore(r)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
