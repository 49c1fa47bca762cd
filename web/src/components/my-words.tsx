import { useState } from "react";
import { api } from "../api.js";
import { useLoad } from "../use-load.js";
import { ErrorMessage } from "./error-message.js";

/** The user's own words (issue 11): never misspellings in a check; each can be taken out. */
export function MyWords() {
  const words = useLoad(() => api.listWords(), "words");
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);
  const remove = async (word: string) => {
    setError(null);
    setStatus("");
    try {
      await api.removeWord(word);
      setStatus(`Removed “${word}”: checks will judge it again.`);
      words.reload();
    } catch (err) {
      setError(err);
    }
  };
  const rows = words.data ?? [];
  return (
    <div className="card">
      <ErrorMessage error={words.error ?? error} />
      {rows.length === 0 && words.data ? (
        <p className="muted">
          None yet. On a spelling finding in a draft, “Add to my words” puts a name, tool or place
          here, and no check counts it as misspelt again.
        </p>
      ) : null}
      <ul className="plain" aria-label="My words">
        {rows.map((w) => (
          <li key={w.word}>
            {w.word}{" "}
            <button type="button" className="link" onClick={() => void remove(w.word)}>
              Remove “{w.word}”
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
