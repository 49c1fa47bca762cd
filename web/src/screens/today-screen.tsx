import { useEffect, useState } from "react";
import type { Agenda, AgendaRow } from "../../../src/client/api-types.js";
import { TODAY_PAGE_SIZE } from "../../../src/client/inlined-data.js";
import { groupHeadingId, TODAY_GROUPS } from "../../../src/client/today-words.js";
import { ActionItem } from "../components/action-item.js";
import { ErrorMessage } from "../components/error-message.js";
import { formatDate } from "../format.js";
import { takeInlinedAgenda } from "../inlined-agenda.js";
import { loadApi } from "../load-api.js";
import { Link, useLocation } from "../router.js";
import { useLoad } from "../use-load.js";

/** The first screen (R26): what is overdue, due today and coming up, each with its why. */
export function TodayScreen() {
  // The first page brings the agenda with it: no request stands before the first card.
  const agenda = useLoad(
    async () => (await loadApi()).getAgenda({ limit: TODAY_PAGE_SIZE }),
    "agenda",
    takeInlinedAgenda,
  );
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
  const empty = a && a.counts.overdue + a.counts.dueToday + a.counts.upcoming === 0;
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
      {a
        ? TODAY_GROUPS.map(([group, title]) => (
            <Group
              key={group}
              title={title}
              group={group}
              agenda={a}
              onChanged={changed}
              urgent={group === "overdue"}
            />
          ))
        : null}
    </section>
  );
}

type GroupName = keyof Agenda["counts"];

/** One group: its count in all, its first page, and the next pages on request. */
function Group(props: {
  title: string;
  group: GroupName;
  agenda: Agenda;
  urgent?: boolean;
  onChanged: (message: string) => void;
}) {
  const first = props.agenda[props.group];
  const total = props.agenda.counts[props.group];
  const [more, setMore] = useState<AgendaRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A fresh agenda (after a change) starts again from its first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the first page is new.
  useEffect(() => setMore([]), [first]);
  if (total === 0) return null;
  const rows = more.length > 0 ? [...first, ...more] : first;
  const left = total - rows.length;
  const showMore = async () => {
    setBusy(true);
    setError(null);
    try {
      const page = await (await loadApi()).getAgenda({
        group: props.group,
        offset: rows.length,
        limit: TODAY_PAGE_SIZE,
      });
      setMore((shown) => [...shown, ...page[props.group]]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const id = groupHeadingId(props.title);
  return (
    <section aria-labelledby={id} className={props.urgent ? "group urgent" : "group"}>
      <h2 id={id}>
        {props.title} <span className="count">({total})</span>
      </h2>
      <ul className="list">
        {rows.map((row) => (
          <ActionItem
            key={row.action.id}
            row={row}
            today={props.agenda.today}
            onChanged={props.onChanged}
          />
        ))}
      </ul>
      {left > 0 ? (
        <p>
          <button type="button" disabled={busy} onClick={() => void showMore()}>
            Show {Math.min(left, TODAY_PAGE_SIZE)} more
            <span className="visually-hidden"> {props.title.toLowerCase()}</span> ({left} left)
          </button>
        </p>
      ) : null}
      <ErrorMessage error={error} />
    </section>
  );
}
