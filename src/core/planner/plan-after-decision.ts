import { instantMs } from "../calendar/instant-ms.js";
import { addMonthsToDay, fromEpochDay, toEpochDay } from "../calendar/local-date.js";
import { instantIn, localDateAt } from "../calendar/zoned-time.js";
import type { InterviewEvent, RuleId } from "../domain/types.js";
import { businessWindow, EMAIL_DUE_AT, opensOn, POST_DUE_AT } from "./business-window.js";
import { emitAction } from "./emit-action.js";
import { SPACING_DAYS } from "./follow-up-kinds.js";
import { type PlanContext, zoneFor } from "./plan-context.js";
import type { WithheldPost } from "./plan-courtesies.js";
import type { Participant } from "./planning-facts.js";
import { spaceFollowUp } from "./space-follow-up.js";

function spacedRules(pushedBy: number | null): RuleId[] {
  return pushedBy === null ? ["R17"] : ["R17", "R15"];
}

function movedNote(pushedBy: number | null): string {
  return pushedBy === null
    ? ""
    : `; moved to keep a week from the follow-up of ${fromEpochDay(pushedBy)} (R15)`;
}

/** Who an R17 card goes to, as a person reads it. */
function titled(person: Participant | null, company: string): string {
  if (person === null) return company;
  if (person.role === "hiring-manager") return `${person.name} (the hiring manager)`;
  if (person.role === "supervisor") return `${person.name} (your direct supervisor)`;
  return person.name;
}

/** R17 says what the interview-day post the decision left out (plan-courtesies) gives way to. */
function withheldNote(withheld: WithheldPost): string {
  const parts: string[] = [];
  if (withheld.cards > 0) parts.push(withheld.cards === 1 ? "the card" : "the cards");
  if (withheld.letter) parts.push("the summary letter restating your strengths");
  if (parts.length === 0) return "";
  const fits = withheld.cards + (withheld.letter ? 1 : 0) === 1 ? "fits" : "fit";
  return `; it takes the place of ${parts.join(" and ")} not yet posted, which no longer ${fits} now that they have decided`;
}

/**
 * R17: after the decision, thanks either way (001, 002); when not hired, keep the door open (004).
 * `withheld` is the interview-day post the decision took out of the plan; these thanks replace it.
 */
export function planAfterDecision(
  ctx: PlanContext,
  decision: InterviewEvent,
  takenDays: readonly number[],
  withheld: WithheldPost,
): void {
  const decidedMs = instantMs(decision.occurredAt);
  // Day numbers from here on; parsing the date refuses a year outside 1000–9999, as ever.
  const decidedOn = toEpochDay(localDateAt(decidedMs, ctx.interview.timeZone));
  const nextBusinessDay = ctx.calendar.addBusinessDaysToDay(decidedOn, 1);
  const postBy = fromEpochDay(nextBusinessDay);
  const company = ctx.facts.company.name;
  const replaced = withheldNote(withheld);

  if (decision.outcome === "hired") {
    // 001: "send a card thanking the hiring manager and your direct supervisor for choosing you".
    const bosses = ctx.participants.filter(
      (p) => p.role === "hiring-manager" || p.role === "supervisor",
    );
    const recipients: (Participant | null)[] = bosses.length > 0 ? bosses : [ctx.main];
    const missing =
      bosses.length > 0
        ? ""
        : "; neither the hiring manager nor your direct supervisor is on this interview — add them to thank them too";
    for (const [index, person] of recipients.entries()) {
      const zone = zoneFor(ctx, person);
      emitAction(ctx, {
        kind: "post-decision-thanks",
        contact: person,
        sequence: 0,
        channel: "card",
        window: businessWindow(ctx, zone, instantIn(zone, decidedMs), nextBusinessDay, POST_DUE_AT),
        rules: ["R17"],
        why: `R17: you got the job, so post ${titled(person, company)} a card by ${postBy} thanking them for choosing you — source 001${missing}${index === 0 ? replaced : ""}.`,
      });
    }
    return;
  }
  if (decision.outcome !== "rejected") return;

  const messenger = ctx.participants.find((p) => p.id === decision.contactId) ?? ctx.main;
  const messengerZone = zoneFor(ctx, messenger);
  // 001: "a thank you card or letter"; 002 prefers email. By card where the user posts cards (R8).
  const byCard = ctx.interview.sendCard ?? ctx.facts.settings.sendCard;
  emitAction(ctx, {
    kind: "post-decision-thanks",
    contact: messenger,
    sequence: 0,
    channel: byCard ? "card" : "email",
    window: businessWindow(
      ctx,
      messengerZone,
      instantIn(messengerZone, decidedMs),
      nextBusinessDay,
      byCard ? POST_DUE_AT : EMAIL_DUE_AT,
    ),
    rules: ["R17"],
    why: `R17: not hired this time, but thank ${messenger === null ? company : messenger.name} for the opportunity ${byCard ? `with a card posted by ${postBy}` : "by email"} — the contact stays valuable — sources 001, 002${replaced}.`,
  });

  // 004: ask the recruiter about other openings, then ask again in a month or two.
  const recruiter = ctx.participants.find((p) => p.role === "recruiter") ?? ctx.main;
  const taken = [...takenDays];
  const name = recruiter === null ? company : recruiter.name;
  const recruiterZone = zoneFor(ctx, recruiter);
  const inquiry = spaceFollowUp(ctx.calendar, taken, decidedOn + SPACING_DAYS);
  emitAction(ctx, {
    kind: "open-positions-inquiry",
    contact: recruiter,
    sequence: 0,
    channel: "email",
    window: businessWindow(
      ctx,
      recruiterZone,
      opensOn(recruiterZone, inquiry.start),
      inquiry.due,
      EMAIL_DUE_AT,
    ),
    rules: spacedRules(inquiry.pushedBy),
    why: `R17: a week after the decision, ask ${name} whether other positions at ${company} are open — source 004${movedNote(inquiry.pushedBy)}.`,
  });
  taken.push(inquiry.due);

  const longRange = spaceFollowUp(ctx.calendar, taken, addMonthsToDay(decidedOn, 1));
  const outerBound = ctx.calendar.businessDayOnOrAfter(addMonthsToDay(decidedOn, 2));
  emitAction(ctx, {
    kind: "long-range-check-in",
    contact: recruiter,
    sequence: 0,
    channel: "email",
    window: businessWindow(
      ctx,
      recruiterZone,
      opensOn(recruiterZone, longRange.start),
      longRange.due,
      EMAIL_DUE_AT,
      outerBound,
    ),
    rules: spacedRules(longRange.pushedBy),
    why: `R17: with no immediate prospects, check in with ${name} again one to two months after the decision — source 004${movedNote(longRange.pushedBy)}.`,
  });
}
