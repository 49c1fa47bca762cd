import { type FormEvent, useId, useState } from "react";
import type { AddContactRequest } from "../../../src/client/api-types.js";
import {
  CHANNELS,
  type Channel,
  CONTACT_ROLES,
  type ContactRole,
  type Register,
} from "../../../src/core/domain/types.js";
import { api } from "../api.js";
import { ErrorMessage } from "./error-message.js";

const EMPTY = {
  name: "",
  title: "",
  honorific: "",
  register: "" as Register | "",
  email: "",
  role: "interviewer" as ContactRole,
  agreedToConnect: false,
  followUpOn: "",
  followUpVia: "" as Channel | "",
};

/** One interviewer as on their card (R1), with what they agreed to: connecting (R5), a follow-up date (R4). */
export function PersonForm({ interviewId, onSaved }: { interviewId: string; onSaved: () => void }) {
  const id = useId();
  const [person, setPerson] = useState(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setPerson((p) => ({ ...p, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: AddContactRequest = {
      name: person.name,
      title: person.title || null,
      honorific: person.honorific || null,
      register: person.register || null,
      email: person.email || null,
      role: person.role,
      agreedToConnect: person.agreedToConnect,
      followUpOn: person.followUpOn || null,
      followUpVia: person.followUpVia || null,
    };
    try {
      await api.addContact(interviewId, body);
      setPerson(EMPTY);
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
      <div className="grid">
        <label htmlFor={`${id}-name`}>Name, exactly as on the card</label>
        <input
          id={`${id}-name`}
          value={person.name}
          required
          autoComplete="off"
          onChange={(e) => set("name", e.target.value)}
        />
        <label htmlFor={`${id}-title-input`}>Title</label>
        <input
          id={`${id}-title-input`}
          value={person.title}
          onChange={(e) => set("title", e.target.value)}
        />
        <label htmlFor={`${id}-honorific`}>Honorific (Ms, Dr, Mx…)</label>
        <input
          id={`${id}-honorific`}
          value={person.honorific}
          autoComplete="off"
          onChange={(e) => set("honorific", e.target.value)}
        />
        <label htmlFor={`${id}-register`}>Greeting</label>
        <select
          id={`${id}-register`}
          value={person.register}
          onChange={(e) => set("register", e.target.value as Register | "")}
        >
          <option value="">As usual in their country</option>
          <option value="first-name">First name (Dear Dana,)</option>
          <option value="formal">Formal (Dear Ms Whitfield,)</option>
        </select>
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          type="email"
          inputMode="email"
          autoComplete="off"
          value={person.email}
          onChange={(e) => set("email", e.target.value)}
        />
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={person.role}
          onChange={(e) => set("role", e.target.value as ContactRole)}
        >
          {CONTACT_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-on`}>Agreed follow-up date</label>
        <input
          id={`${id}-on`}
          type="date"
          value={person.followUpOn}
          onChange={(e) => set("followUpOn", e.target.value)}
        />
        <label htmlFor={`${id}-via`}>Agreed channel</label>
        <select
          id={`${id}-via`}
          value={person.followUpVia}
          onChange={(e) => set("followUpVia", e.target.value as Channel | "")}
        >
          <option value="">(their preferred, or email)</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={person.agreedToConnect}
          onChange={(e) => set("agreedToConnect", e.target.checked)}
        />
        Agreed to connect on LinkedIn
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Add person
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
