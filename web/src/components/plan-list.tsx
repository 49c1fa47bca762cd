import type { FollowUpAction } from "../../../src/client/api-types.js";
import { citeSources } from "../../../src/core/planner/source-titles.js";
import { channelLabel, formatDate, kindLabel } from "../format.js";
import { Link } from "../router.js";

/** A plan: each follow-up with who, when, how, and why (the rules that made it). */
export function PlanList({
  actions,
  names,
}: {
  actions: FollowUpAction[];
  names: Map<string, string>;
}) {
  const open = actions.filter((a) => a.status !== "cancelled");
  if (open.length === 0) return <p className="muted">Nothing planned yet.</p>;
  return (
    <ol className="list plan">
      {open.map((a) => {
        const who = a.contactId ? (names.get(a.contactId) ?? "") : "";
        const settled = a.status === "sent" || a.status === "done" || a.status === "skipped";
        return (
          <li key={a.id} className="card">
            <h3>
              {kindLabel(a.kind)}
              {who ? ` — ${who}` : ""}
            </h3>
            <p className="meta">
              {formatDate(a.snoozedUntil ?? a.dueDate)} · {channelLabel(a.channel)} ·{" "}
              <span className={`badge ${a.status}`}>{a.status}</span>
            </p>
            <p className="why">
              {citeSources(a.why)} <span className="rules">({a.rules.join(", ")})</span>
            </p>
            {settled ? null : (
              <Link href={`/actions/${encodeURIComponent(a.id)}/draft`}>
                Open draft
                <span className="visually-hidden">
                  : {kindLabel(a.kind)} {who}
                </span>
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}
