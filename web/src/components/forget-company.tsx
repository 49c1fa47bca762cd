import { type FormEvent, useId, useState } from "react";
import type { Company } from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { navigate } from "../router.js";
import { ErrorMessage } from "./error-message.js";

/**
 * "Forget this company": everything about it goes for good, from the store and the search index.
 * The server says what would go until the company's name is typed to confirm.
 */
export function ForgetCompany({ company }: { company: Company }) {
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const forgotten = await api.forgetCompany(company.id, confirm.trim());
      navigate(`/?forgotten=${encodeURIComponent(forgotten.name)}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="card danger-zone">
      <summary>Forget {company.name}…</summary>
      <form aria-label={`Forget ${company.name}`} onSubmit={(e) => void submit(e)}>
        <p>
          Removes every interview, person, note, message, event and follow-up about {company.name},
          for good. This cannot be undone.
        </p>
        <label htmlFor={inputId}>Type {company.name} to confirm</label>
        <input
          id={inputId}
          value={confirm}
          autoComplete="off"
          onChange={(e) => setConfirm(e.target.value)}
        />
        <button type="submit" className="danger" disabled={busy}>
          Forget {company.name}
        </button>
        <ErrorMessage error={error} />
      </form>
    </details>
  );
}
