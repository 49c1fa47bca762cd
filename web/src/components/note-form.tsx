import { type FormEvent, useId, useState } from "react";
import { NOTE_KINDS, type NoteKind } from "../../../src/core/domain/types.js";
import { api } from "../api.js";
import { ErrorMessage } from "./error-message.js";

const KIND_HINTS: Record<NoteKind, string> = {
  highlight: "something positive from the conversation",
  qualification: "a qualification they probed",
  clarify: "something to clarify or add",
  "personal-interest": "a personal interest you shared",
  question: "a question to bring up later",
};

/** A note by kind (R2), about one person or the whole interview; saved on submit. */
export function NoteForm(props: {
  interviewId: string;
  contactId: string | null;
  about: string;
  onSaved: (kept: boolean) => void;
  /** How the note is saved: sent now (the default), or kept on the phone to send later. */
  save?: (body: { kind: NoteKind; text: string }) => Promise<{ kept: boolean }>;
}) {
  const id = useId();
  const [kind, setKind] = useState<NoteKind>("highlight");
  const [text, setText] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      let kept = false;
      if (props.save) ({ kept } = await props.save({ kind, text }));
      else await api.addNote(props.interviewId, { contactId: props.contactId, kind, text });
      setText("");
      props.onSaved(kept);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="note-form" onSubmit={submit} aria-label={`Note about ${props.about}`}>
      <div className="row">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as NoteKind)}
        >
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`${id}-text`}>
        Note about {props.about} <span className="muted">({KIND_HINTS[kind]})</span>
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        required
        rows={2}
        maxLength={5000}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" disabled={busy}>
        Save note
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
