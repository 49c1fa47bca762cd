import type { Contact } from "../../../src/client/api-types.js";

/** What these fields are called here, for an error about one of them (ErrorMessage's labels). */
export const FROM_AND_DECIDE_LABELS = { timeline: "They decide" } as const;

/**
 * Who an answer came from and, for a reply or a call, when they decide (R11, R16), as a form's
 * grid rows. Shared by "Record what happened", "Keep a message on record" and an event's Edit.
 */
export function FromAndDecideFields({
  id,
  people,
  contactId,
  onContactId,
  personLabel = "From",
  timeline,
  onTimeline,
}: {
  /** The form's id prefix: the fields are `${id}-from` and `${id}-timeline`. */
  id: string;
  people: Pick<Contact, "id" | "name">[];
  contactId: string;
  onContactId: (contactId: string) => void;
  personLabel?: string;
  /** The words as typed; null hides the field (the answer cannot bring news). */
  timeline: string | null;
  onTimeline?: (timeline: string) => void;
}) {
  return (
    <>
      <label htmlFor={`${id}-from`}>{personLabel}</label>
      <select id={`${id}-from`} value={contactId} onChange={(e) => onContactId(e.target.value)}>
        <option value="">someone at the company</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {timeline === null ? null : (
        <>
          <label htmlFor={`${id}-timeline`}>{FROM_AND_DECIDE_LABELS.timeline}</label>
          <input
            id={`${id}-timeline`}
            value={timeline}
            placeholder="by the 15th, early January"
            onChange={(e) => onTimeline?.(e.target.value)}
          />
        </>
      )}
    </>
  );
}
