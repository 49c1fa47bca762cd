import { type FormEvent, useId, useState } from "react";
import type { Note, Participant } from "../../../src/client/api-types.js";
import { NOTE_KINDS, type NoteKind } from "../../../src/core/domain/types.js";
import { api } from "../api.js";
import { ErrorMessage } from "./error-message.js";

/**
 * The notes of an application (R2), each correctable in place and deletable (the screen offers
 * Undo, since a deleted note waits among the recently deleted).
 */
export function NoteList(props: {
  notes: Note[];
  people: Participant[];
  onChanged: () => void;
  onDelete: (note: Note) => void;
}) {
  const names = new Map(props.people.map((p) => [p.id, p.name]));
  return (
    <div className="note-list">
      {props.notes.length === 0 ? <p className="muted">No notes yet.</p> : null}
      <ul aria-label="Notes">
        {props.notes.map((note) => (
          <NoteItem
            key={note.id}
            note={note}
            about={note.contactId ? (names.get(note.contactId) ?? "") : "the interview"}
            onSaved={props.onChanged}
            onDelete={() => props.onDelete(note)}
          />
        ))}
      </ul>
    </div>
  );
}

function NoteItem(props: { note: Note; about: string; onSaved: () => void; onDelete: () => void }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(props.note.text);
  const [kind, setKind] = useState<NoteKind>(props.note.kind);
  const [error, setError] = useState<unknown>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api.editNote(props.note.id, { text, kind });
      setEditing(false);
      props.onSaved();
    } catch (err) {
      setError(err);
    }
  };
  if (!editing)
    return (
      <li className="note">
        <p>
          <span className="badge">{props.note.kind}</span> {props.note.text}{" "}
          <span className="muted">— {props.about}</span>
        </p>
        <button type="button" onClick={() => setEditing(true)}>
          Edit<span className="visually-hidden"> note “{props.note.text}”</span>
        </button>{" "}
        <button type="button" onClick={props.onDelete}>
          Delete<span className="visually-hidden"> note “{props.note.text}”</span>
        </button>
      </li>
    );
  return (
    <li className="note">
      <form onSubmit={save} aria-label={`Edit note about ${props.about}`}>
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
        <label htmlFor={`${id}-text`}>Note about {props.about}</label>
        <textarea
          id={`${id}-text`}
          value={text}
          required
          rows={2}
          maxLength={5000}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">Save note</button>{" "}
        <button
          type="button"
          onClick={() => {
            setEditing(false);
            setText(props.note.text);
            setKind(props.note.kind);
          }}
        >
          Cancel
        </button>
        <ErrorMessage error={error} />
      </form>
    </li>
  );
}
