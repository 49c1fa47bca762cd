import { type FormEvent, useId, useState } from "react";
import type { Interview, RecordEventRequest } from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { formatInstant } from "../format.js";
import { ErrorMessage } from "./error-message.js";

type Kind = RecordEventRequest["kind"];
const KINDS: [Kind, string][] = [
  ["reply", "They replied"],
  ["call", "We had a call"],
  ["decision", "They decided"],
  ["next-round", "Invited to a next round"],
  ["withdrawn", "I withdrew"],
];

/** Something happened (R16): any answer changes the plan; a decision starts R17's follow-ups. */
export function RecordEventForm({
  interviews,
  onSaved,
}: {
  interviews: Interview[];
  onSaved: (m: string) => void;
}) {
  const id = useId();
  const latest = interviews[interviews.length - 1];
  const [interviewId, setInterviewId] = useState(latest?.id ?? "");
  const [kind, setKind] = useState<Kind>("reply");
  const [outcome, setOutcome] = useState<"hired" | "rejected">("rejected");
  const [nextAt, setNextAt] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const common = { note: note || null };
    const body: RecordEventRequest =
      kind === "decision"
        ? { kind, outcome, ...common }
        : kind === "next-round"
          ? { kind, nextAt, ...common }
          : { kind, ...common };
    try {
      await api.recordEvent(interviewId, body);
      setNote("");
      onSaved("Recorded; the plan is updated.");
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
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" disabled={busy || !interviewId}>
        Record
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
