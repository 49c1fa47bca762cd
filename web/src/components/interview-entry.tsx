import { type FormEvent, useId, useState } from "react";
import type {
  ApplicationDetail,
  EditInterviewRequest,
  FollowUpAction,
  Interview,
} from "../../../src/client/api-types.js";
import { INTERVIEW_FORMATS, type InterviewFormat } from "../../../src/core/domain/types.js";
import { api } from "../api.js";
import { formatInstant } from "../format.js";
import { wallClock } from "../wall-clock.js";
import { ErrorMessage } from "./error-message.js";
import { useTimelineEdits } from "./timeline-edits.js";

/**
 * An interview in the application's timeline, with Edit in place: its time and zone, format,
 * place, the timeline as said (R3), the next step and how it felt (R18). Company and role belong
 * to the application and are changed there. After a save the status line says what moved.
 */
export function InterviewEntry(props: {
  interview: Interview;
  people: string;
  detail: ApplicationDetail;
}) {
  const i = props.interview;
  const [editing, setEditing] = useState(false);
  const edits = useTimelineEdits();
  if (editing)
    return (
      <li className="entry interview">
        <InterviewEditor
          interview={i}
          detail={props.detail}
          onDone={(message) => {
            setEditing(false);
            if (message) edits.saved(message);
          }}
        />
      </li>
    );
  return (
    <li className="entry interview">
      <p className="when">{formatInstant(i.startsAt, i.timeZone)}</p>
      <h3>
        Interview, round {i.round} ({i.format})
      </h3>
      <p>
        {props.people || "No people yet"}
        {i.timelineText
          ? ` · hear back: "${i.timelineText}" (${i.timelineDate ?? "no date in it: the plan assumes the default"})`
          : ""}
      </p>
      {i.location ? <p>{i.location}</p> : null}
      {i.nextStep ? <p>Next step: {i.nextStep}</p> : null}
      {i.feeling ? <p>How it felt: {i.feeling}</p> : null}
      <button type="button" onClick={() => setEditing(true)}>
        Edit<span className="visually-hidden"> interview, round {i.round}</span>
      </button>
    </li>
  );
}

function InterviewEditor(props: {
  interview: Interview;
  detail: ApplicationDetail;
  onDone: (saved: string | null) => void;
}) {
  const i = props.interview;
  const id = useId();
  const [timeZone, setTimeZone] = useState(i.timeZone);
  const [at, setAt] = useState(wallClock(i.startsAt, i.timeZone));
  const [format, setFormat] = useState<InterviewFormat>(i.format);
  const [location, setLocation] = useState(i.location ?? "");
  const [timeline, setTimeline] = useState(i.timelineText ?? "");
  const [nextStep, setNextStep] = useState(i.nextStep ?? "");
  const [feeling, setFeeling] = useState(i.feeling ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const changes: EditInterviewRequest = {};
    if (timeZone !== i.timeZone) changes.timeZone = timeZone;
    // A new zone alone keeps the instant; the time is sent when it was changed.
    if (at !== wallClock(i.startsAt, i.timeZone)) changes.at = at;
    if (format !== i.format) changes.format = format;
    if (location !== (i.location ?? "")) changes.location = location || null;
    if (timeline !== (i.timelineText ?? "")) changes.timeline = timeline || null;
    if (nextStep !== (i.nextStep ?? "")) changes.nextStep = nextStep || null;
    if (feeling !== (i.feeling ?? "")) changes.feeling = feeling || null;
    if (Object.keys(changes).length === 0) return props.onDone(null);
    setBusy(true);
    setError(null);
    try {
      await api.editInterview(i.id, changes);
      const after = await api.getApplication(props.detail.application.id);
      props.onDone(`Saved; ${planChangeInWords(openActions(props.detail), openActions(after))}.`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const field = (key: string, label: string, value: string, set: (v: string) => void) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={value} onChange={(e) => set(e.target.value)} />
    </>
  );
  return (
    <form onSubmit={save} aria-label={`Edit interview, round ${i.round}`}>
      <div className="grid">
        <label htmlFor={`${id}-at`}>When ({timeZone})</label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          value={at}
          required
          onChange={(e) => setAt(e.target.value)}
        />
        {field("tz", "Time zone", timeZone, setTimeZone)}
        <label htmlFor={`${id}-format`}>Format</label>
        <select
          id={`${id}-format`}
          value={format}
          onChange={(e) => setFormat(e.target.value as InterviewFormat)}
        >
          {INTERVIEW_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        {field("location", "Location", location, setLocation)}
        {field("timeline", "When you will hear back", timeline, setTimeline)}
        {field("next", "Next step", nextStep, setNextStep)}
        {field("feeling", "How it felt", feeling, setFeeling)}
      </div>
      <button type="submit" disabled={busy}>
        Save interview
      </button>{" "}
      <button type="button" onClick={() => props.onDone(null)}>
        Cancel
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}

function openActions(detail: ApplicationDetail): FollowUpAction[] {
  return detail.timeline.flatMap((e) =>
    e.type === "action" && ["planned", "drafted", "approved"].includes(e.action.status)
      ? [e.action]
      : [],
  );
}

/** "2 follow-ups moved, 1 new": what a re-plan changed among the open follow-ups. */
export function planChangeInWords(before: FollowUpAction[], after: FollowUpAction[]): string {
  const was = new Map(before.map((a) => [a.id, a]));
  const now = new Map(after.map((a) => [a.id, a]));
  const moved = after.filter((a) => {
    const old = was.get(a.id);
    return old !== undefined && (old.snoozedUntil ?? old.dueDate) !== (a.snoozedUntil ?? a.dueDate);
  }).length;
  const added = after.filter((a) => !was.has(a.id)).length;
  const dropped = before.filter((a) => !now.has(a.id)).length;
  const count = (n: number, what: string) => `${n} follow-up${n === 1 ? "" : "s"} ${what}`;
  const said = [
    moved > 0 ? count(moved, "moved") : "",
    added > 0 ? count(added, "added") : "",
    dropped > 0 ? count(dropped, "dropped") : "",
  ].filter(Boolean);
  return said.length > 0 ? said.join(", ") : "the plan is unchanged";
}
