import { type FormEvent, useId, useState } from "react";
import type {
  ApplicationDetail,
  Correspondence,
  EditCorrespondenceRequest,
} from "../../../src/client/api-types.js";
import type { Channel } from "../../../src/core/domain/types.js";
import { ApiError, api } from "../api.js";
import { channelLabel, formatInstant } from "../format.js";
import { wallClock } from "../wall-clock.js";
import { DirectionChannelFields } from "./direction-channel-fields.js";
import { ErrorMessage } from "./error-message.js";
import { FromAndDecideFields } from "./from-and-decide-fields.js";
import { useTimelineEdits } from "./timeline-edits.js";

/**
 * A logged message in the application's timeline (R25), with Edit in place and Delete (Undo is
 * offered by the screen). A message that fulfilled a follow-up is deleted only once the person
 * has read what happens to that follow-up, said next to the button.
 */
export function CorrespondenceEntry(props: {
  message: Correspondence;
  detail: ApplicationDetail;
  nameOf: (id: string | null) => string;
}) {
  const c = props.message;
  const edits = useTimelineEdits();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const who = c.contactIds.map(props.nameOf).join(", ");
  const title = `${c.direction === "out" ? "Sent" : "Received"} by ${channelLabel(c.channel)}`;
  const remove = async (confirm: boolean) => {
    setError(null);
    try {
      edits.deleted(await api.deleteCorrespondence(c.id, { confirm }));
      setConfirming(null);
    } catch (err) {
      if (err instanceof ApiError && err.code === "CONFLICT" && err.field === "confirm")
        setConfirming(err.message);
      else setError(err);
    }
  };
  if (editing)
    return (
      <li className="entry correspondence">
        <MessageEditor
          message={c}
          detail={props.detail}
          onDone={(message) => {
            setEditing(false);
            if (message) edits.saved(message);
          }}
        />
      </li>
    );
  return (
    <li className="entry correspondence">
      <p className="when">{formatInstant(c.occurredAt)}</p>
      <h3>
        {title}
        {who ? ` — ${who}` : ""}
      </h3>
      {c.subject ? <p className="subject">{c.subject}</p> : null}
      {c.body ? (
        <details>
          <summary>Full text</summary>
          <p className="body">{c.body}</p>
        </details>
      ) : null}
      <button type="button" onClick={() => setEditing(true)}>
        Edit<span className="visually-hidden"> message “{c.subject ?? title}”</span>
      </button>{" "}
      <button type="button" onClick={() => void remove(false)}>
        Delete<span className="visually-hidden"> message “{c.subject ?? title}”</span>
      </button>
      {confirming ? (
        <div className="error" role="alert">
          <p>{confirming}</p>
          <button type="button" onClick={() => void remove(true)}>
            Delete it
          </button>{" "}
          <button type="button" onClick={() => setConfirming(null)}>
            Keep it
          </button>
        </div>
      ) : null}
      <ErrorMessage error={error} />
    </li>
  );
}

/** The edit form: only what changed is sent; the time is read in the interview's zone. */
function MessageEditor(props: {
  message: Correspondence;
  detail: ApplicationDetail;
  onDone: (saved: string | null) => void;
}) {
  const c = props.message;
  const id = useId();
  const interviews = props.detail.timeline.flatMap((e) =>
    e.type === "interview" ? [e.interview] : [],
  );
  const [interviewId, setInterviewId] = useState(c.interviewId ?? interviews[0]?.id ?? "");
  const zone = interviews.find((i) => i.id === interviewId)?.timeZone ?? "UTC";
  const [direction, setDirection] = useState(c.direction);
  const [channel, setChannel] = useState<Channel>(c.channel);
  const [contactId, setContactId] = useState(c.contactIds[0] ?? "");
  const [at, setAt] = useState(wallClock(c.occurredAt, zone));
  const [subject, setSubject] = useState(c.subject ?? "");
  const [body, setBody] = useState(c.body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const changes: EditCorrespondenceRequest = {};
    if (interviewId !== c.interviewId) changes.interviewId = interviewId;
    if (direction !== c.direction) changes.direction = direction;
    if (channel !== c.channel) changes.channel = channel;
    if (contactId !== (c.contactIds[0] ?? "")) changes.contactIds = contactId ? [contactId] : [];
    if (at !== wallClock(c.occurredAt, zone) || changes.interviewId) changes.at = at;
    if (subject !== (c.subject ?? "")) changes.subject = subject || null;
    if (body !== c.body) changes.body = body;
    if (Object.keys(changes).length === 0) return props.onDone(null);
    setBusy(true);
    setError(null);
    try {
      await api.editCorrespondence(c.id, changes);
      props.onDone("Message corrected; the plan is updated.");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={save} aria-label="Edit message">
      <div className="grid">
        <DirectionChannelFields
          id={id}
          direction={direction}
          onDirection={setDirection}
          channel={channel}
          onChannel={setChannel}
        />
        <FromAndDecideFields
          id={id}
          people={props.detail.contacts}
          personLabel={direction === "in" ? "From" : "To"}
          contactId={contactId}
          onContactId={setContactId}
          timeline={null}
        />
        <label htmlFor={`${id}-at`}>When ({zone})</label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          value={at}
          required
          onChange={(e) => setAt(e.target.value)}
        />
        {interviews.length > 1 ? (
          <>
            <label htmlFor={`${id}-iv`}>Interview</label>
            <select
              id={`${id}-iv`}
              value={interviewId}
              onChange={(e) => setInterviewId(e.target.value)}
            >
              {interviews.map((i) => (
                <option key={i.id} value={i.id}>
                  Round {i.round}, {formatInstant(i.startsAt, i.timeZone)}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor={`${id}-subject`}>Subject</label>
        <input id={`${id}-subject`} value={subject} onChange={(e) => setSubject(e.target.value)} />
      </div>
      <label htmlFor={`${id}-body`}>Text</label>
      <textarea id={`${id}-body`} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
      <button type="submit" disabled={busy}>
        Save message
      </button>{" "}
      <button type="button" onClick={() => props.onDone(null)}>
        Cancel
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
