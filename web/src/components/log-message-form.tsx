import { type FormEvent, useId, useState } from "react";
import type { Contact, Interview } from "../../../src/client/api-types.js";
import type { Channel } from "../../../src/core/domain/types.js";
import { api } from "../api.js";
import { DirectionChannelFields } from "./direction-channel-fields.js";
import { ErrorMessage } from "./error-message.js";
import { FROM_AND_DECIDE_LABELS, FromAndDecideFields } from "./from-and-decide-fields.js";

/**
 * Keep a message or call on record (R25); one that came in is a reply (R16), from one of the
 * application's people, and can say when they decide (R11).
 */
export function LogMessageForm({
  interviews,
  people,
  onSaved,
}: {
  interviews: Interview[];
  /** The application's people: who the message came from, or went to. */
  people: Pick<Contact, "id" | "name">[];
  onSaved: (m: string) => void;
}) {
  const id = useId();
  const interviewId = interviews[interviews.length - 1]?.id ?? "";
  const [direction, setDirection] = useState<"in" | "out">("in");
  const [channel, setChannel] = useState<Channel>("email");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [contactId, setContactId] = useState("");
  const [timeline, setTimeline] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.logCorrespondence(interviewId, {
        direction,
        channel,
        subject: subject || null,
        body,
        contactIds: contactId ? [contactId] : [],
        timeline: direction === "in" && timeline ? timeline : null,
      });
      setSubject("");
      setBody("");
      setTimeline("");
      onSaved("Message kept on record.");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Keep a message on record</h3>
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
          people={people}
          personLabel={direction === "in" ? "From" : "To"}
          contactId={contactId}
          onContactId={setContactId}
          timeline={direction === "in" ? timeline : null}
          onTimeline={setTimeline}
        />
        <label htmlFor={`${id}-subject`}>Subject</label>
        <input id={`${id}-subject`} value={subject} onChange={(e) => setSubject(e.target.value)} />
      </div>
      <label htmlFor={`${id}-body`}>Text</label>
      <textarea id={`${id}-body`} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
      <button type="submit" disabled={busy || !interviewId}>
        Keep it
      </button>
      <ErrorMessage error={error} labels={FROM_AND_DECIDE_LABELS} />
    </form>
  );
}
