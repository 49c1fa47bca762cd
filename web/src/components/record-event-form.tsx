import { type FormEvent, useId, useState } from "react";
import type { Contact, Interview, RecordEventRequest } from "../../../src/client/api-types.js";
import type { PlanChange } from "../../../src/client/event-types.js";
import { api } from "../api.js";
import { formatInstant } from "../format.js";
import { ErrorMessage } from "./error-message.js";
import { FROM_AND_DECIDE_LABELS, FromAndDecideFields } from "./from-and-decide-fields.js";

type Kind = RecordEventRequest["kind"];
const KINDS: [Kind, string][] = [
  ["reply", "They replied"],
  ["call", "We had a call"],
  ["decision", "They decided"],
  ["next-round", "Invited to a next round"],
  ["withdrawn", "I withdrew"],
];

/** The kinds of answer that can bring news of the decision (R11, R16). */
const BRINGS_NEWS = new Set<Kind>(["reply", "call"]);

/**
 * Something happened (R16): any answer changes the plan; a decision starts R17's follow-ups. A
 * reply or a call names who it came from and can say when they decide, which moves the check-in.
 */
export function RecordEventForm({
  interviews,
  peopleOf,
  onSaved,
}: {
  interviews: Interview[];
  /** The people of each interview, by its id: an event can only come from one of them. */
  peopleOf: (interviewId: string) => Pick<Contact, "id" | "name">[];
  /** A message, and what the event moved in the plan (R16). */
  onSaved: (m: string, moved: PlanChange[]) => void;
}) {
  const id = useId();
  const latest = interviews[interviews.length - 1];
  const [interviewId, setInterviewId] = useState(latest?.id ?? "");
  const [kind, setKind] = useState<Kind>("reply");
  const [outcome, setOutcome] = useState<"hired" | "rejected">("rejected");
  const [nextAt, setNextAt] = useState("");
  const [note, setNote] = useState("");
  const [contactId, setContactId] = useState("");
  const [timeline, setTimeline] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const people = peopleOf(interviewId);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const common = { note: note || null, contactId: contactId || null };
    const body: RecordEventRequest =
      kind === "decision"
        ? { kind, outcome, ...common }
        : kind === "next-round"
          ? { kind, nextAt, ...common }
          : kind === "withdrawn"
            ? { kind, ...common }
            : { kind, ...common, timeline: timeline || null };
    try {
      const recorded = await api.recordEvent(interviewId, body);
      setNote("");
      setTimeline("");
      onSaved("Recorded; the plan is updated.", recorded.moved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Record what happened</h3>
      <div className="grid">
        <label htmlFor={`${id}-kind`}>What</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
        {interviews.length > 1 ? (
          <>
            <label htmlFor={`${id}-iv`}>Interview</label>
            <select
              id={`${id}-iv`}
              value={interviewId}
              onChange={(e) => {
                setInterviewId(e.target.value);
                setContactId("");
              }}
            >
              {interviews.map((i) => (
                <option key={i.id} value={i.id}>
                  Round {i.round}, {formatInstant(i.startsAt, i.timeZone)}
                </option>
              ))}
            </select>
          </>
        ) : null}
        {kind === "decision" ? (
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
        {kind === "next-round" ? (
          <>
            <label htmlFor={`${id}-next`}>Next round starts</label>
            <input
              id={`${id}-next`}
              type="datetime-local"
              required
              value={nextAt}
              onChange={(e) => setNextAt(e.target.value)}
            />
          </>
        ) : null}
        {kind === "withdrawn" ? null : (
          <FromAndDecideFields
            id={id}
            people={people}
            contactId={contactId}
            onContactId={setContactId}
            timeline={BRINGS_NEWS.has(kind) ? timeline : null}
            onTimeline={setTimeline}
          />
        )}
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" disabled={busy || !interviewId}>
        Record
      </button>
      <ErrorMessage error={error} labels={FROM_AND_DECIDE_LABELS} />
    </form>
  );
}
