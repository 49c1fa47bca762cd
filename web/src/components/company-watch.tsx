import { type FormEvent, useId, useState } from "react";
import type { Company } from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { useLoad } from "../use-load.js";
import { ErrorMessage } from "./error-message.js";

const STATUS: Record<string, string> = {
  pending: "not read yet",
  ok: "read",
  failing: "failing",
  paused: "paused",
};

/**
 * The company watch on the application page (R20): a careers page or news feed added by pasting
 * its address, each source's status in words, the positions posted since the interview (those
 * sharing words with the role marked), the latest news, and Dismiss.
 */
export function CompanyWatch({ company }: { company: Company }) {
  const watch = useLoad(() => api.companyWatch(company.id), `watch:${company.id}`);
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inputId = useId();
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      watch.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      await api.addWatchSource(company.id, { url: url.trim() });
      setUrl("");
    });
  };
  const w = watch.data;
  return (
    <section className="card" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>What {company.name} publishes</h2>
      {w?.summary ? <p className="watch-summary">{w.summary}</p> : null}
      {w && w.sources.length > 0 ? (
        <ul aria-label="Watched sources" className="watch-sources">
          {w.sources.map((s) => (
            <li key={s.id}>
              <span>{s.title ?? s.inputUrl}</span> — <strong>{STATUS[s.status] ?? s.status}</strong>
              {s.statusReason ? <span>: {s.statusReason}</span> : null}{" "}
              <button
                type="button"
                disabled={busy}
                onClick={() => void act(() => api.checkWatchSource(s.id))}
              >
                Check now
              </button>{" "}
              <button
                type="button"
                disabled={busy}
                onClick={() => void act(() => api.removeWatchSource(s.id))}
              >
                Stop watching
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {w && w.postings.length > 0 ? (
        <>
          <h3>Open positions</h3>
          <ul aria-label="Open positions">
            {w.postings.slice(0, 20).map((p) => (
              <li key={p.id}>
                {p.url ? <a href={p.url}>{p.title}</a> : p.title}
                {p.location ? ` (${p.location})` : ""}
                {p.isNew ? <span className="badge"> new since your interview</span> : null}
                {p.roleWords.length > 0 ? <span className="badge"> like your role</span> : null}{" "}
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void act(() => api.dismissWatchItem(p.id))}
                >
                  Dismiss
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {w && w.news.length > 0 ? (
        <>
          <h3>Latest news</h3>
          <ul aria-label="Latest news">
            {w.news.map((n) => (
              <li key={n.id}>
                {n.url ? <a href={n.url}>{n.title}</a> : n.title}{" "}
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void act(() => api.dismissWatchItem(n.id))}
                >
                  Dismiss
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form aria-label={`Watch ${company.name}`} onSubmit={add}>
        <label htmlFor={inputId}>Careers page or news feed address</label>
        <input
          id={inputId}
          type="url"
          inputMode="url"
          placeholder="https://jobs.lever.co/acme"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <button type="submit" disabled={busy || url.trim() === ""}>
          Watch
        </button>
      </form>
      <ErrorMessage error={error ?? watch.error} />
    </section>
  );
}
