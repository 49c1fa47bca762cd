import { type FormEvent, useId, useState } from "react";
import type { AddContactRequest } from "../../../src/client/api-types.js";
import type { Channel } from "../../../src/core/domain/types.js";
import { api } from "../api.js";
import { ErrorMessage } from "./error-message.js";
import { bodyOf, CommitmentFields, EMPTY_PERSON, PersonFields } from "./person-fields.js";

/**
 * One interviewer with every field of their card (R1), and what they agreed to: connecting (R5),
 * a follow-up date and channel (R4). Someone the company knows already (same email) is seated
 * again, not duplicated.
 */
export function PersonForm({
  interviewId,
  onSaved,
  save,
}: {
  interviewId: string;
  onSaved: () => void;
  /** How the person is saved: sent now (the default), or kept on the phone to send later. */
  save?: (body: AddContactRequest) => Promise<{ name: string; kept: boolean }>;
}) {
  const id = useId();
  const [person, setPerson] = useState(EMPTY_PERSON);
  const [on, setOn] = useState("");
  const [via, setVia] = useState<Channel | "">("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setStatus("");
    const body: AddContactRequest = {
      ...bodyOf(person),
      followUpOn: on || null,
      followUpVia: via || null,
    };
    try {
      const added = save
        ? await save(body)
        : { name: (await api.addContact(interviewId, body)).name, kept: false };
      setPerson(EMPTY_PERSON);
      setOn("");
      setVia("");
      setStatus(
        added.kept
          ? `${added.name} is kept on this phone and sent when the connection returns.`
          : `${added.name} added; the plan is updated.`,
      );
      onSaved();
      document.getElementById(`${id}-name`)?.focus();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="card">
      <h3 id={`${id}-title`}>Add a person</h3>
      <PersonFields id={id} person={person} onChange={setPerson} />
      <CommitmentFields
        id={id}
        on={on}
        via={via}
        onChange={(nextOn, nextVia) => {
          setOn(nextOn);
          setVia(nextVia);
        }}
      />
      <button type="submit" className="primary" disabled={busy}>
        Add person
      </button>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <ErrorMessage error={error} />
    </form>
  );
}
