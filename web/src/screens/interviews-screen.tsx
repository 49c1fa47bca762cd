import { api } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { formatInstant } from "../format.js";
import { Link } from "../router.js";
import { useLoad } from "../use-load.js";

/** Every interview, newest first, each leading to its application's timeline. */
export default function InterviewsScreen() {
  const list = useLoad(() => api.listInterviews(), "interviews");
  return (
    <section aria-labelledby="iv-title">
      <h1 id="iv-title">Interviews</h1>
      <p>
        <Link className="button primary" href="/capture">
          Capture an interview
        </Link>
      </p>
      <ErrorMessage error={list.error} />
      {list.data && list.data.length === 0 ? <p>No interviews yet.</p> : null}
      <ul className="list">
        {list.data?.map((s) => (
          <li key={s.interview.id} className="card">
            <h2 className="h3">
              <Link href={`/applications/${encodeURIComponent(s.interview.applicationId)}`}>
                {s.companyName} — {s.role}
              </Link>
            </h2>
            <p className="meta">
              Round {s.interview.round} ·{" "}
              {formatInstant(s.interview.startsAt, s.interview.timeZone)} · {s.interview.format}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
