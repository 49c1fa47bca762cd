import { instantMs } from "../calendar/instant-ms.js";
import { instantMsOf } from "../calendar/zoned-time.js";
import type { FollowUpAction } from "../domain/types.js";
import { isSettled } from "./emit-action.js";
import { planAfterDecision } from "./plan-after-decision.js";
import { createPlanContext } from "./plan-context.js";
import { planCourtesies } from "./plan-courtesies.js";
import { planFollowUpChain } from "./plan-follow-up-chain.js";
import type { PlanningFacts } from "./planning-facts.js";
import { readHistory } from "./read-history.js";

/**
 * The follow-up plan of one interview (R6–R18), pure: the same facts and `now` always give the
 * same actions with the same ids. Facts dated after `now` are not known yet and are ignored.
 * Actions the user settled (sent, done, skipped) come back exactly as stored (R25); pending ones
 * that no longer apply are simply absent, for the caller to cancel.
 */
export function planFollowUps(facts: PlanningFacts, now: string): FollowUpAction[] {
  const ctx = createPlanContext(facts, instantMsOf(now, "now"));
  for (const stored of ctx.stored.values()) {
    if (isSettled(stored)) ctx.out.push({ dueMs: instantMs(stored.window.due), action: stored });
  }
  const history = readHistory(ctx);
  // A withdrawal ends the plan: nothing further is suggested.
  if (!history.withdrawn) {
    // R18: whatever the feeling; after a decision, the post that no longer fits is left out (R17).
    const withheld = planCourtesies(ctx, history.decision !== null);
    // A next round has its own plan (R16); only the latest interview carries the follow-ups.
    if (!history.nextRound) {
      if (history.decision === null) planFollowUpChain(ctx, history);
      else planAfterDecision(ctx, history.decision, history.takenDays, withheld);
    }
  }
  return ctx.out
    .sort((a, b) => a.dueMs - b.dueMs || (a.action.id < b.action.id ? -1 : 1))
    .map((entry) => entry.action);
}
