import type { PlanChange } from "../../../src/client/event-types.js";

/**
 * What the last change moved in the plan, in words (R16): "Check-in with Dana Whitfield moved
 * from Tue 8 Dec to Thu 17 Dec: …", "Thank-you card to … cancelled: not hired".
 */
export function PlanChangesReport({ changes }: { changes: PlanChange[] | null }) {
  if (changes === null) return null;
  return (
    <section className="status plan-changes" aria-label="What moved in the plan">
      {changes.length === 0 ? (
        <p>Nothing in the plan moved.</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={c.actionId} className={`plan-change ${c.change}`}>
              {c.sentence}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
