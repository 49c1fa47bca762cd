import { useState } from "react";
import type {
  ApplicationDetail,
  DeletedRecord,
  TimelineEntry,
} from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { ForgetCompany } from "../components/forget-company.js";
import { LogMessageForm } from "../components/log-message-form.js";
import { NoteList } from "../components/note-list.js";
import { RecordEventForm } from "../components/record-event-form.js";
import { UndoToast } from "../components/undo-toast.js";
import { channelLabel, formatDate, formatInstant, kindLabel } from "../format.js";
import { Link } from "../router.js";
import { useLoad } from "../use-load.js";

/** One application as one timeline (R25), past and planned, with what happened recorded here. */
export default function ApplicationScreen({ id }: { id: string }) {
  const detail = useLoad(() => api.getApplication(id), `application:${id}`);
  const [status, setStatus] = useState("");
  const [deleted, setDeleted] = useState<DeletedRecord | null>(null);
  const [error, setError] = useState<unknown>(null);
  const saved = (message: string) => {
    setStatus(message);
    detail.reload();
  };
  // Deletes and their Undo: the record waits among the recently deleted, so Undo restores it.
  const run = async (work: () => Promise<DeletedRecord | null>) => {
    setError(null);
    try {
      setDeleted(await work());
      detail.reload();
    } catch (err) {
      setError(err);
    }
  };
  const remove = (work: () => Promise<DeletedRecord>) => void run(work);
  const undo = () =>
    void run(async () => {
      if (deleted) await api.restoreDeleted(deleted.id);
      return null;
    });
  const d = detail.data;
  if (!d)
    return detail.error ? <ErrorMessage error={detail.error} /> : <p aria-busy="true">Loading…</p>;
  const interviews = d.timeline.flatMap((e) => (e.type === "interview" ? [e.interview] : []));
  // An event comes from one of its interview's people (R16).
  const seated = new Map(
    d.timeline.flatMap((e) => (e.type === "interview" ? [[e.interview.id, e.contactIds]] : [])),
  );
  const peopleOf = (interviewId: string) =>
    d.contacts.filter((c) => seated.get(interviewId)?.includes(c.id));
  return (
    <section aria-labelledby="app-title">
      <h1 id="app-title">
        {d.company.name} — {d.application.role}
      </h1>
      <p className="meta">
        Status: <span className="badge">{d.application.status}</span>
        {interviews[0] ? (
          <>
            {" "}
            ·{" "}
            <Link
              href={`/capture/${encodeURIComponent(interviews[interviews.length - 1]?.id ?? "")}`}
            >
              Add people or notes
            </Link>
          </>
        ) : null}
      </p>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <ErrorMessage error={error} />
      <UndoToast deleted={deleted} onUndo={undo} />
      <h2>Timeline</h2>
      <ol className="timeline" aria-label="Timeline">
        {d.timeline.map((entry) => (
          <Entry
            key={`${entry.type}-${keyOf(entry)}`}
            entry={entry}
            detail={d}
            onDeleteEvent={(eventId) => remove(() => api.deleteEvent(eventId))}
          />
        ))}
      </ol>
      <h2>Notes</h2>
      <NoteList
        notes={d.notes}
        people={d.contacts}
        onChanged={detail.reload}
        onDelete={(note) => remove(() => api.deleteNote(note.id))}
      />
      <h2>Something happened?</h2>
      <RecordEventForm interviews={interviews} peopleOf={peopleOf} onSaved={saved} />
      <LogMessageForm interviews={interviews} people={d.contacts} onSaved={saved} />
      <ForgetCompany company={d.company} />
    </section>
  );
}

function keyOf(entry: TimelineEntry): string {
  switch (entry.type) {
    case "interview":
      return entry.interview.id;
    case "event":
      return entry.event.id;
    case "correspondence":
      return entry.correspondence.id;
    case "action":
      return entry.action.id;
  }
}

function Entry({
  entry,
  detail,
  onDeleteEvent,
}: {
  entry: TimelineEntry;
  detail: ApplicationDetail;
  onDeleteEvent: (eventId: string) => void;
}) {
  const names = new Map(detail.contacts.map((c) => [c.id, c.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "") : "");
  switch (entry.type) {
    case "interview": {
      const i = entry.interview;
      return (
        <li className="entry interview">
          <p className="when">{formatInstant(i.startsAt, i.timeZone)}</p>
          <h3>
            Interview, round {i.round} ({i.format})
          </h3>
          <p>
            {entry.contactIds.map(nameOf).filter(Boolean).join(", ") || "No people yet"}
            {i.timelineText
              ? ` · hear back: "${i.timelineText}" (${i.timelineDate ?? "no date in it: the plan assumes the default"})`
              : ""}
          </p>
        </li>
      );
    }
    case "event": {
      const e = entry.event;
      return (
        <li className="entry event">
          <p className="when">{formatInstant(e.occurredAt)}</p>
          <h3>
            {e.kind}
            {e.outcome ? `: ${e.outcome}` : ""}
            {e.contactId ? ` — ${nameOf(e.contactId)}` : ""}
          </h3>
          {e.timelineText ? (
            <p className="news">
              They decide: “{e.timelineText}”
              {e.timelineDate
                ? ` (${formatDate(e.timelineDate)})`
                : " (no date in it, so the plan keeps its day)"}
            </p>
          ) : null}
          {e.note ? <p>{e.note}</p> : null}
          {e.nextInterviewId ? null : (
            <button type="button" onClick={() => onDeleteEvent(e.id)}>
              Delete<span className="visually-hidden"> this {e.kind}</span>
            </button>
          )}
        </li>
      );
    }
    case "correspondence": {
      const c = entry.correspondence;
      return (
        <li className="entry correspondence">
          <p className="when">{formatInstant(c.occurredAt)}</p>
          <h3>
            {c.direction === "out" ? "Sent" : "Received"} by {channelLabel(c.channel)}
            {c.contactIds.length > 0 ? ` — ${c.contactIds.map(nameOf).join(", ")}` : ""}
          </h3>
          {c.subject ? <p className="subject">{c.subject}</p> : null}
          {c.body ? (
            <details>
              <summary>Full text</summary>
              <p className="body">{c.body}</p>
            </details>
          ) : null}
        </li>
      );
    }
    case "action": {
      const a = entry.action;
      const open = a.status === "planned" || a.status === "drafted" || a.status === "approved";
      return (
        <li className={`entry action ${open ? "planned" : "settled"}`}>
          <p className="when">
            {open ? `due ${formatDate(a.snoozedUntil ?? a.dueDate)}` : formatInstant(entry.at)}
          </p>
          <h3>
            {kindLabel(a.kind)}
            {a.contactId ? ` — ${nameOf(a.contactId)}` : ""}{" "}
            <span className={`badge ${a.status}`}>{a.status}</span>
          </h3>
          <p className="why">
            {a.why} <span className="rules">({a.rules.join(", ")})</span>
          </p>
          {a.skipReason ? <p>Skipped: {a.skipReason}</p> : null}
          {open ? (
            <Link href={`/actions/${encodeURIComponent(a.id)}/draft`}>
              Open draft
              <span className="visually-hidden">
                : {kindLabel(a.kind)} {nameOf(a.contactId)}
              </span>
            </Link>
          ) : null}
        </li>
      );
    }
  }
}
