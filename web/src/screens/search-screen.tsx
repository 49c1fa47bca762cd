import { type FormEvent, useState } from "react";
import { api } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { formatInstant } from "../format.js";
import { Link, navigate } from "../router.js";
import { useLoad } from "../use-load.js";

/**
 * Search what you wrote (R25): notes, the notes of calls and decisions, logged mail. Each hit says
 * whose it is, the company and the date, and opens its application. Matches come marked « » and
 * are shown as <mark>, as text.
 */
export default function SearchScreen({ initial }: { initial: string }) {
  const [words, setWords] = useState(initial);
  const result = useLoad(
    () => (initial.trim() ? api.search(initial) : Promise.resolve(null)),
    `search:${initial}`,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/search?q=${encodeURIComponent(words)}`, { replace: true });
  };
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <search>
        <form onSubmit={submit} className="inline">
          <label htmlFor="search-words">Words in notes and messages</label>
          <input
            id="search-words"
            type="search"
            value={words}
            onChange={(e) => setWords(e.target.value)}
          />
          <button type="submit" className="primary">
            Search
          </button>
        </form>
      </search>
      <ErrorMessage error={result.error} />
      {result.data ? (
        <>
          <p role="status">
            {result.data.hits.length} result{result.data.hits.length === 1 ? "" : "s"}
          </p>
          <ul className="list">
            {result.data.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`} className="card">
                <h2 className="h3">
                  {hit.applicationId ? (
                    <Link href={`/applications/${encodeURIComponent(hit.applicationId)}`}>
                      {hit.title}
                    </Link>
                  ) : (
                    hit.title
                  )}
                </h2>
                <p className="meta">
                  {[hit.person, hit.company, formatInstant(hit.occurredAt)]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p>
                  <Snippet text={hit.snippet} />
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Snippet({ text }: { text: string }) {
  return (
    <>
      {text.split(/(«[^»]*»)/).map((part, i) =>
        part.startsWith("«") && part.endsWith("»") ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string.
          <mark key={i}>{part.slice(1, -1)}</mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
