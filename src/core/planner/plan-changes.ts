import { type ActionKind, type FollowUpAction, SETTLED_ACTION_STATUSES } from "../domain/types.js";
import { humanDate } from "../time/human-date.js";

/** What a re-plan did to one open action, in words the application page shows (R16). */
export interface PlanChange {
  actionId: string;
  interviewId: string;
  kind: ActionKind;
  contactId: string | null;
  /** The person it is for, by name; null for one to the company or to the user alone. */
  contactName: string | null;
  change: "moved" | "cancelled" | "added";
  /** The due date before the change (local to the recipient); null for an added one. */
  fromDue: string | null;
  /** The due date after it; null for a cancelled one. */
  toDue: string | null;
  /** Why, in words: the planner's reason for the new day, or what made the action unwanted. */
  reason: string;
  /** One sentence: "Check-in with Dana Whitfield moved from Tue 8 Dec to Thu 17 Dec: …". */
  sentence: string;
}

const LABELS: Record<ActionKind, [string, "to" | "with" | null]> = {
  "thank-you-email": ["Thank-you email", "to"],
  "thank-you-card": ["Thank-you card", "to"],
  "linkedin-request": ["LinkedIn request", "to"],
  "summary-letter": ["Summary letter", "to"],
  "check-in": ["Check-in", "with"],
  reminder: ["Reminder", "to"],
  "post-decision-thanks": ["Thanks after the decision", "to"],
  "open-positions-inquiry": ["Question about open positions", "to"],
  "long-range-check-in": ["Long-range check-in", "with"],
  "move-on": ["Time to move on", null],
};

export interface PlanChangesInput {
  before: ReadonlyMap<string, FollowUpAction>;
  after: ReadonlyMap<string, FollowUpAction>;
  names: ReadonlyMap<string, string>;
  /** What changed, for an action the plan no longer wants: "not hired". */
  cause?: string | null;
  /** The year dates are written without ("Tue 8 Dec", but "Fri 15 Jan 2027"). */
  thisYear: number;
}

const isOpen = (a: FollowUpAction | undefined): a is FollowUpAction =>
  a !== undefined && a.status !== "cancelled" && !SETTLED_ACTION_STATUSES.includes(a.status);

/** The planner's why as a reason: without its rule ids and sources ("R11/R16: … — sources 003"). */
export function reasonOf(why: string): string {
  const body = why.replace(/^R\d+(?:\/R\d+)*:\s*/, "").replace(/\s+—\s+sources?\b.*$/s, "");
  const cut = body.indexOf(", so ");
  return (cut > 0 ? body.slice(0, cut) : body).replace(/[.;]\s*$/, "");
}

/**
 * Open actions a re-plan moved, cancelled or added, with a sentence each (R16: any answer changes
 * the plan, and the user is told how). Settled actions never change, so they are never reported.
 */
export function planChanges(input: PlanChangesInput): PlanChange[] {
  const { before, after, names, thisYear } = input;
  const day = (date: string) => humanDate(date, thisYear);
  const changes: PlanChange[] = [];
  for (const next of after.values()) {
    const prior = before.get(next.id);
    const wasOpen = isOpen(prior);
    const isNew = prior === undefined || prior.status === "cancelled";
    const change: PlanChange["change"] | null =
      wasOpen && isOpen(next)
        ? prior.dueDate === next.dueDate
          ? null
          : "moved"
        : wasOpen && next.status === "cancelled"
          ? "cancelled"
          : isNew && isOpen(next)
            ? "added"
            : null;
    if (change === null) continue;
    const contactName = next.contactId === null ? null : (names.get(next.contactId) ?? null);
    const [label, preposition] = LABELS[next.kind];
    const what =
      contactName === null || preposition === null
        ? label
        : `${label} ${preposition} ${contactName}`;
    const reason =
      change === "cancelled" ? (input.cause ?? "the plan no longer needs it") : reasonOf(next.why);
    const fromDue = change === "added" ? null : (prior?.dueDate ?? null);
    const toDue = change === "cancelled" ? null : next.dueDate;
    const sentence =
      change === "moved"
        ? `${what} moved from ${day(fromDue ?? "")} to ${day(next.dueDate)}: ${reason}.`
        : change === "cancelled"
          ? `${what} cancelled: ${reason}.`
          : `${what} added for ${day(next.dueDate)}: ${reason}.`;
    changes.push({
      actionId: next.id,
      interviewId: next.interviewId,
      kind: next.kind,
      contactId: next.contactId,
      contactName,
      change,
      fromDue,
      toDue,
      reason,
      sentence,
    });
  }
  const order = { cancelled: 0, moved: 1, added: 2 };
  return changes.sort(
    (a, b) =>
      order[a.change] - order[b.change] ||
      (a.toDue ?? a.fromDue ?? "").localeCompare(b.toDue ?? b.fromDue ?? "") ||
      a.actionId.localeCompare(b.actionId),
  );
}
