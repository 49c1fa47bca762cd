import { useState } from "react";
import type { AgendaRow } from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { ActionItem } from "../components/action-item.js";
import { ErrorMessage } from "../components/error-message.js";
import { formatDate } from "../format.js";
import { takeInlinedAgenda } from "../inlined-agenda.js";
import { Link, useLocation } from "../router.js";
import { useLoad } from "../use-load.js";

/** The first screen (R26): what is overdue, due today and coming up, each with its why. */
export function TodayScreen() {
  // The first page brings the agenda with it: no request stands before the first card.
  const agenda = useLoad(() => api.getAgenda(), "agenda", takeInlinedAgenda);
  const { query } = useLocation();
  // After "Forget this company" the app lands here and says it is done.
  const [status, setStatus] = useState(() => {
    const forgotten = query.get("forgotten");
    return forgotten ? `Forgot ${forgotten}: nothing about it is kept.` : "";
  });
  const changed = (message: string) => {
    setStatus(message);
    agenda.reload();
  };
  const a = agenda.data;
  const empty = a && a.overdue.length + a.dueToday.length + a.upcoming.length === 0;
  return (
    <section aria-labelledby="today-title">
      <h1 id="today-title">
        Today{a ? <span className="muted"> · {formatDate(a.today)}</span> : null}
      </h1>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <ErrorMessage error={agenda.error} />
      {!a && agenda.loading ? <p aria-busy="true">Loading…</p> : null}
      {empty ? (
        <div className="card">
          <p>Nothing is due. Well done.</p>
          <p>
            Just out of an interview? <Link href="/capture">Capture it</Link> and the follow-ups are
            planned for you.
          </p>
        </div>
      ) : null}
      {a ? (
        <>
          <Group title="Overdue" rows={a.overdue} today={a.today} onChanged={changed} urgent />
          <Group title="Due today" rows={a.dueToday} today={a.today} onChanged={changed} />
          <Group title="Upcoming" rows={a.upcoming} today={a.today} onChanged={changed} />
        </>
      ) : null}
    </section>
  );
}

function Group(props: {
  title: string;
  rows: AgendaRow[];
  today: string;
  urgent?: boolean;
  onChanged: (message: string) => void;
}) {
  if (props.rows.length === 0) return null;
  const id = `group-${props.title.toLowerCase().replace(/\s+/g, "-")}`;
  return (
    <section aria-labelledby={id} className={props.urgent ? "group urgent" : "group"}>
      <h2 id={id}>
        {props.title} <span className="count">({props.rows.length})</span>
      </h2>
      <ul className="list">
        {props.rows.map((row) => (
          <ActionItem
            key={row.action.id}
            row={row}
            today={props.today}
            onChanged={props.onChanged}
          />
        ))}
      </ul>
    </section>
  );
}
