import { fromEpochDay, toEpochDay } from "../calendar/local-date.js";
import { instantIn, localDayAt, zonedInstantOnDay } from "../calendar/zoned-time.js";
import type { ActionKind, RuleId } from "../domain/types.js";
import { businessWindow, POST_DUE_AT } from "./business-window.js";
import { emitAction, isSettled, type WindowMs, type ZonedWindow } from "./emit-action.js";
import { type PlanContext, zoneFor } from "./plan-context.js";

const HOUR_MS = 3_600_000;
const EVENING_HOUR = 20;

/** R6: due that evening where the user is, late after 24 h, overdue after 48 h. */
function sameDayWindow(ctx: PlanContext): WindowMs {
  const evening = zonedInstantOnDay(
    ctx.senderZone,
    localDayAt(ctx.endMs, ctx.senderZone),
    EVENING_HOUR,
  );
  return {
    start: ctx.endMs,
    // An interview ending late in the evening still leaves an hour to write.
    due: Math.max(evening.ms, ctx.endMs + HOUR_MS),
    late: ctx.endMs + 24 * HOUR_MS,
    overdue: ctx.endMs + 48 * HOUR_MS,
  };
}

/** The same instants in each recipient's zone, made once per zone for the whole panel. */
function inEachZone(window: WindowMs): (zone: string) => ZonedWindow {
  const made = new Map<string, ZonedWindow>();
  return (zone) => {
    let zoned = made.get(zone);
    if (zoned === undefined) {
      zoned = {
        zone,
        start: instantIn(zone, window.start),
        due: instantIn(zone, window.due),
        late: instantIn(zone, window.late),
        overdue: instantIn(zone, window.overdue),
      };
      made.set(zone, zoned);
    }
    return zoned;
  };
}

/** The interview-day post a decision left out of the plan, for R17's thanks to say so. */
export interface WithheldPost {
  cards: number;
  letter: boolean;
}

/**
 * The interview-day courtesies: thank-you emails (R6, R7, R18), cards (R8), LinkedIn (R9), letter
 * (R10). Once the decision is in (R17), the card and the letter restating strengths no longer
 * fit — they were meant to arrive while the employer decides — so those not yet posted are left
 * out (the caller cancels them) and returned; what the user already posted stays in the plan (R25).
 * The thank-you email stays: better late than never (R6, 002).
 */
export function planCourtesies(ctx: PlanContext, decided: boolean): WithheldPost {
  const { interview, settings } = ctx.facts;
  const withheld: WithheldPost = { cards: 0, letter: false };
  // True when the decision takes this post out of the plan (and it was not posted already).
  const withhold = (kind: ActionKind, contactId: string | null): boolean => {
    if (!decided) return false;
    const stored = ctx.stored.get(ctx.ids.of(kind, contactId, 0));
    return stored === undefined || !isSettled(stored);
  };
  const sameDay = inEachZone(sameDayWindow(ctx));
  const felt = interview.feeling !== null && interview.feeling.trim() !== "";
  const thankRules: RuleId[] = felt ? ["R6", "R7", "R18"] : ["R6", "R7"];
  const feltNote = felt
    ? `; R18: however it felt ("${interview.feeling}"), it still goes out — source 002`
    : "";
  const sendCard = interview.sendCard ?? settings.sendCard;
  // R8: in the post by the next business day, so it arrives 2–3 days after (001, 004).
  // Day numbers from here on; parsing the date refuses a year outside 1000–9999, as ever.
  const mailByDay = ctx.calendar.addBusinessDaysToDay(toEpochDay(ctx.interviewDate), 1);
  const mailBy = fromEpochDay(mailByDay);

  const postWindow = (zone: string) =>
    businessWindow(ctx, zone, instantIn(zone, ctx.endMs), mailByDay, POST_DUE_AT);

  for (const person of ctx.participants) {
    emitAction(ctx, {
      kind: "thank-you-email",
      contact: person,
      sequence: 0,
      channel: "email",
      window: sameDay,
      rules: thankRules,
      why: `R6/R7: thank ${person.name} by email the same day, naming something specific from your conversation — sources 000, 003, 004${feltNote}.`,
    });
    if (sendCard && withhold("thank-you-card", person.id)) {
      withheld.cards++;
    } else if (sendCard) {
      emitAction(ctx, {
        kind: "thank-you-card",
        contact: person,
        sequence: 0,
        channel: "card",
        window: postWindow(zoneFor(ctx, person)),
        rules: ["R8"],
        why: `R8: post a short handwritten card to ${person.name} by ${mailBy}, so it arrives two to three days after the interview — sources 001, 004.`,
      });
    }
    if (person.agreedToConnect && settings.linkedIn) {
      emitAction(ctx, {
        kind: "linkedin-request",
        contact: person,
        sequence: 0,
        channel: "linkedin",
        window: sameDay,
        rules: ["R9", "R5"],
        why: `R9: ${person.name} agreed to connect, so send the LinkedIn request as soon as possible, with a reason of its own — source 000.`,
      });
    }
  }

  if (interview.summaryLetter ?? settings.summaryLetter) {
    const to = ctx.main;
    if (withhold("summary-letter", to?.id ?? null)) {
      withheld.letter = true;
    } else {
      emitAction(ctx, {
        kind: "summary-letter",
        contact: to,
        sequence: 0,
        channel: "letter",
        window: postWindow(zoneFor(ctx, to)),
        rules: ["R10"],
        why: `R10: post ${to === null ? "the company" : to.name} a letter summarising the key points and a few strengths by ${mailBy} — source 000.`,
      });
    }
  }
  return withheld;
}
