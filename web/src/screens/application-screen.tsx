import { useState } from "react";
import type {
  ApplicationDetail,
  DeletedRecord,
  TimelineEntry,
} from "../../../src/client/api-types.js";
import type { PlanChange } from "../../../src/client/event-types.js";
import { citeSources } from "../../../src/core/planner/source-titles.js";
import { api } from "../api.js";
import { CompanyWatch } from "../components/company-watch.js";
import { CorrespondenceEntry } from "../components/correspondence-entry.js";
import { ErrorMessage } from "../components/error-message.js";
import { EventEntry } from "../components/event-entry.js";
import { ForgetCompany } from "../components/forget-company.js";
import { InterviewEntry } from "../components/interview-entry.js";
import { LogMessageForm } from "../components/log-message-form.js";
import { NoteList } from "../components/note-list.js";
import { PlanChangesReport } from "../components/plan-changes-report.js";
import { RecordEventForm } from "../components/record-event-form.js";
import { TimelineEditsContext } from "../components/timeline-edits.js";
import { UndoToast } from "../components/undo-toast.js";
import { formatDate, formatInstant, kindLabel } from "../format.js";
import { Link } from "../router.js";
import { useLoad } from "../use-load.js";

/** One application as one timeline (R25), past and planned, with what happened recorded here. */
export default function ApplicationScreen({ id }: { id: string }) {
  const detail = useLoad(() => api.getApplication(id), `application:${id}`);
  const [status, setStatus] = useState("");
  const [deleted, setDeleted] = useState<DeletedRecord | null>(null);
  const [error, setError] = useState<unknown>(null);
  // What the last change moved in the plan, in words (R16).
  const [moved, setMoved] = useState<PlanChange[] | null>(null);
  const saved = (message: string, changes: PlanChange[] | null = null) => {
    setStatus(message);
    setMoved(changes);
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
      setMoved(null);
      if (deleted) await api.restoreDeleted(deleted.id);
      return null;
    });
  // The timeline's interviews and messages report their edits and deletes here.
  const edits = {
    saved: (message: string) => saved(message),
    deleted: (record: DeletedRecord) => {
      setError(null);
      setDeleted(record);
      detail.reload();
    },
  };
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
      <PlanChangesReport changes={moved} />
      <h2>Timeline</h2>
      <TimelineEditsContext.Provider value={edits}>
        <ol className="timeline" aria-label="Timeline">
          {d.timeline.map((entry) => (
            <Entry
              key={`${entry.type}-${keyOf(entry)}`}
              entry={entry}
              detail={d}
              peopleOf={peopleOf}
              onEditedEvent={(changes) => saved("Corrected; the plan is updated.", changes)}
              onDeleteEvent={(eventId) =>
                remove(async () => {
                  const gone = await api.deleteEvent(eventId);
                  setMoved(gone.moved);
                  return gone;
                })
              }
            />
          ))}
        </ol>
      </TimelineEditsContext.Provider>
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
      <CompanyWatch company={d.company} />
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
  peopleOf,
  onEditedEvent,
  onDeleteEvent,
}: {
  entry: TimelineEntry;
  detail: ApplicationDetail;
  peopleOf: (interviewId: string) => ApplicationDetail["contacts"];
  onEditedEvent: (moved: PlanChange[]) => void;
  onDeleteEvent: (eventId: string) => void;
}) {
  const names = new Map(detail.contacts.map((c) => [c.id, c.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "") : "");
  switch (entry.type) {
    case "interview":
      return (
        <InterviewEntry
          interview={entry.interview}
          people={entry.contactIds.map(nameOf).filter(Boolean).join(", ")}
          detail={detail}
        />
      );
    case "event": {
      const e = entry.event;
      const zone = detail.timeline.find(
        (t) => t.type === "interview" && t.interview.id === e.interviewId,
      );
      return (
        <EventEntry
          event={e}
          timeZone={zone?.type === "interview" ? zone.interview.timeZone : "UTC"}
          people={peopleOf(e.interviewId)}
          nameOf={nameOf}
          onEdited={onEditedEvent}
          onDelete={() => onDeleteEvent(e.id)}
        />
      );
    }
    case "correspondence":
      return <CorrespondenceEntry message={entry.correspondence} detail={detail} nameOf={nameOf} />;
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
            {citeSources(a.why)} <span className="rules">({a.rules.join(", ")})</span>
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
