import { useState } from "react";
import type { SeatReport } from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { ErrorMessage } from "./error-message.js";

/**
 * What an import of cards did (R1): who was new, what was filled in for someone already known,
 * and each conflict — the value kept and the card's — with a one-click "Use the card's".
 */
export function ImportReport(props: { report: SeatReport[]; onChanged: () => void }) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const merged = props.report.filter((r) => r.outcome === "merged");
  if (merged.length === 0) return null;

  const chooseCard = async (r: SeatReport, c: SeatReport["conflicts"][number]) => {
    setError(null);
    try {
      await api.editContact(r.contactId, { [c.field]: c.onCard });
      setChosen((s) => new Set(s).add(`${r.contactId}:${c.field}`));
      setStatus(`${r.name}: ${c.label.toLowerCase()} is now "${c.onCard}".`);
      props.onChanged();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="card" aria-labelledby="import-report-title">
      <h3 id="import-report-title">Merged into people already here</h3>
      <ul>
        {merged.map((r, i) => (
          // One person may come twice in a file; the line is per card.
          // biome-ignore lint/suspicious/noArrayIndexKey: cards have no id of their own.
          <li key={`${r.contactId}-${i}`}>
            <p>{r.summary}</p>
            {r.conflicts.length > 0 ? (
              <ul>
                {r.conflicts.map((c) => (
                  <li key={c.field}>
                    <strong>{c.label}</strong>: kept “{c.kept}”; the card says “{c.onCard}”.{" "}
                    {chosen.has(`${r.contactId}:${c.field}`) ? (
                      <span>Card’s value used.</span>
                    ) : (
                      <button
                        type="button"
                        onClick={() => chooseCard(r, c)}
                        aria-label={`Use the card's ${c.label.toLowerCase()} for ${r.name}`}
                      >
                        Use the card’s
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}
