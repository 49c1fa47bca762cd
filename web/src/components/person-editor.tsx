import { type FormEvent, useId, useState } from "react";
import type { Contact } from "../../../src/client/api-types.js";
import type { Channel } from "../../../src/core/domain/types.js";
import { api } from "../api.js";
import { ErrorMessage } from "./error-message.js";
import { bodyOf, CommitmentFields, draftOf, PersonFields } from "./person-fields.js";

/** A seat of the person on one interview, with the follow-up agreed there (R4). */
export interface Seat {
  interviewId: string;
  /** Which interview, where there are several ("interview of 20 Nov"). */
  label?: string;
  followUpOn: string | null;
  followUpVia: Channel | null;
}

/**
 * A person corrected in place, where they are shown: every field of the card (R1), agreed to
 * connect (R5) and the follow-up agreed at each interview (R4). The plan follows (R9, R12).
 */
export function PersonEditor(props: { contact: Contact; seats: Seat[]; onSaved: () => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [person, setPerson] = useState(() => draftOf(props.contact));
  const [commitments, setCommitments] = useState(() => props.seats.map(commitmentOf));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");

  const start = () => {
    setPerson(draftOf(props.contact));
    setCommitments(props.seats.map(commitmentOf));
    setError(null);
    setStatus("");
    setOpen(true);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setStatus("");
    try {
      const saved = await api.editContact(props.contact.id, bodyOf(person));
      for (const [i, seat] of props.seats.entries()) {
        const next = commitments[i];
        const before = commitmentOf(seat);
        if (!next || (next.on === before.on && next.via === before.via)) continue;
        await api.editParticipation(seat.interviewId, props.contact.id, {
          followUpOn: next.on || null,
          followUpVia: next.on ? next.via || null : null,
        });
      }
      setOpen(false);
      setStatus(`Saved ${saved.name}; the plan is updated.`);
      props.onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!open)
    return (
      <div className="row">
        <button type="button" onClick={start} aria-label={`Edit ${props.contact.name}`}>
          Edit
        </button>
        <p className="status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    );
  return (
    <form onSubmit={submit} aria-label={`Edit ${props.contact.name}`} className="person-edit">
      <PersonFields id={id} person={person} onChange={setPerson} />
      {props.seats.map((seat, i) => (
        <CommitmentFields
          key={seat.interviewId}
          id={`${id}-seat${i}`}
          on={commitments[i]?.on ?? ""}
          via={commitments[i]?.via ?? ""}
          {...(seat.label ? { at: seat.label } : {})}
          onChange={(on, via) =>
            setCommitments((list) => list.map((c, j) => (j === i ? { on, via } : c)))
          }
        />
      ))}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Save {props.contact.name}
        </button>
        <button type="button" onClick={() => setOpen(false)} disabled={busy}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}

function commitmentOf(seat: Seat): { on: string; via: Channel | "" } {
  return { on: seat.followUpOn ?? "", via: seat.followUpVia ?? "" };
}
