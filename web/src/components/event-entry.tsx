import { useState } from "react";
import type { Contact, InterviewEvent } from "../../../src/client/api-types.js";
import type { PlanChange } from "../../../src/client/event-types.js";
import { formatDate, formatInstant } from "../format.js";
import { EventEditor } from "./event-editor.js";

/**
 * One event on the application's timeline (R16): who it came from and what they said, with Edit
 * in place and Delete. A next round's event is kept: it made an interview of its own.
 */
export function EventEntry({
  event: e,
  timeZone,
  people,
  nameOf,
  onEdited,
  onDelete,
}: {
  event: InterviewEvent;
  timeZone: string;
  /** The people of the event's interview, whom it can come from. */
  people: Pick<Contact, "id" | "name">[];
  nameOf: (contactId: string | null) => string;
  onEdited: (moved: PlanChange[]) => void;
  onDelete: () => void;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="entry event">
      <p className="when">{formatInstant(e.occurredAt, timeZone)}</p>
      <h3>
        {e.kind}
        {e.outcome ? `: ${e.outcome}` : ""}
        {e.contactId ? ` — ${nameOf(e.contactId)}` : ""}
      </h3>
      {e.timelineText ? (
        <p className="news">
          They decide: “{e.timelineText}”
          {e.timelineDate
            ? ` (${formatDate(e.timelineDate)})`
            : " (no date in it, so the plan assumes the default from that day)"}
        </p>
      ) : null}
      {e.note ? <p>{e.note}</p> : null}
      {editing ? (
        <EventEditor
          event={e}
          timeZone={timeZone}
          people={people}
          onCancel={() => setEditing(false)}
          onSaved={(moved) => {
            setEditing(false);
            onEdited(moved);
          }}
        />
      ) : (
        <p>
          <button type="button" onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden"> this {e.kind}</span>
          </button>{" "}
          {e.nextInterviewId ? null : (
            <button type="button" onClick={onDelete}>
              Delete<span className="visually-hidden"> this {e.kind}</span>
            </button>
          )}
        </p>
      )}
    </li>
  );
}
