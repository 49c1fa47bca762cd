import { type FormEvent, useId, useState } from "react";
import type { Contact, InterviewEvent } from "../../../src/client/api-types.js";
import type { EditEventRequest, PlanChange } from "../../../src/client/event-types.js";
import { api } from "../api.js";
import { wallClock } from "../wall-clock.js";
import { ErrorMessage } from "./error-message.js";
import { FROM_AND_DECIDE_LABELS, FromAndDecideFields } from "./from-and-decide-fields.js";

/**
 * Edit in place for one event (R16): who it came from, when, when they decide, the note and a
 * decision's outcome. Only what changed is sent; the company is re-planned and `onSaved` gets
 * what moved. Every problem is listed at once, next to the button.
 */
export function EventEditor({
  event,
  timeZone,
  people,
  onSaved,
  onCancel,
}: {
  event: InterviewEvent;
  /** The interview's zone: "when" is typed as its wall clock, as recordEvent reads it. */
  timeZone: string;
  people: Pick<Contact, "id" | "name">[];
  onSaved: (moved: PlanChange[]) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const initialAt = wallClock(event.occurredAt, timeZone);
  const [at, setAt] = useState(initialAt);
  const [contactId, setContactId] = useState(event.contactId ?? "");
  const [timeline, setTimeline] = useState(event.timelineText ?? "");
  const [note, setNote] = useState(event.note ?? "");
  const [outcome, setOutcome] = useState(event.outcome ?? "rejected");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const bringsNews = event.kind === "reply" || event.kind === "call";

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const changes: EditEventRequest = {};
    if (at !== initialAt) changes.at = at;
    if (contactId !== (event.contactId ?? "")) changes.contactId = contactId || null;
    if (bringsNews && timeline !== (event.timelineText ?? "")) changes.timeline = timeline || null;
    if (note !== (event.note ?? "")) changes.note = note || null;
    if (event.kind === "decision" && outcome !== event.outcome) changes.outcome = outcome;
    setBusy(true);
    setError(null);
    try {
      const edited = await api.editEvent(event.id, changes);
      onSaved(edited.moved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="event-editor" aria-label={`Edit this ${event.kind}`}>
      <div className="grid">
        <label htmlFor={`${id}-at`}>When</label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          required
          value={at}
          onChange={(e) => setAt(e.target.value)}
        />
        {event.kind === "decision" ? (
          <>
            <label htmlFor={`${id}-outcome`}>Outcome</label>
            <select
              id={`${id}-outcome`}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as "hired" | "rejected")}
            >
              <option value="hired">hired</option>
              <option value="rejected">not hired</option>
            </select>
          </>
        ) : null}
        {event.kind === "withdrawn" ? null : (
          <FromAndDecideFields
            id={id}
            people={people}
            contactId={contactId}
            onContactId={setContactId}
            timeline={bringsNews ? timeline : null}
            onTimeline={setTimeline}
          />
        )}
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div>
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={error} labels={FROM_AND_DECIDE_LABELS} />
    </form>
  );
}
