import { instantMs } from "../calendar/instant-ms.js";
import { addDays, fromEpochDay, toEpochDay } from "../calendar/local-date.js";
import { localDateAt, zonedInstantOnDay } from "../calendar/zoned-time.js";
import type { ActionKind, Channel, InterviewEvent, RuleId } from "../domain/types.js";
import { humanDate } from "../time/human-date.js";
import { businessWindow, EMAIL_DUE_AT, OPENS_AT, opensOn } from "./business-window.js";
import { emitAction, isSettled } from "./emit-action.js";
import { CHAIN_KINDS, SPACING_DAYS } from "./follow-up-kinds.js";
import { type PlanContext, zoneFor } from "./plan-context.js";
import type { Participant } from "./planning-facts.js";
import type { HistorySummary } from "./read-history.js";
import { spaceFollowUp } from "./space-follow-up.js";
import { type TimelineDay, timelineDay } from "./timeline-date.js";

/** R11/R13: email, or a call where the person prefers the phone (003). */
function defaultChannel(person: Participant | null): Channel {
  return person?.preferredChannel === "phone" ? "phone" : "email";
}

function nameOf(person: Participant | null): string {
  return person === null ? "the company" : person.name;
}

function verb(channel: Channel, person: Participant | null): string {
  return channel === "phone"
    ? `call ${nameOf(person)}`
    : `check in with ${nameOf(person)} by ${channel}`;
}

/** A local date in the why's words: "Tue 15 Dec" (the year only when it is not the interview's). */
function day(ctx: PlanContext, date: string): string {
  return humanDate(date, Number(ctx.interviewDate.slice(0, 4)));
}

/** R16: who brought the news and when, in words: `Dana replied on Wed 2 Dec that they decide…`. */
function newsBasis(ctx: PlanContext, news: InterviewEvent, timeline: TimelineDay): string {
  const who = ctx.participants.find((p) => p.id === news.contactId)?.name ?? ctx.facts.company.name;
  const how = news.kind === "call" ? "said on a call" : "replied";
  const on = day(ctx, localDateAt(instantMs(news.occurredAt), ctx.interview.timeZone));
  if (timeline.basis === "news-unreadable") {
    const days = ctx.facts.settings.assumedTimelineDays;
    return `${who} ${how} on ${on} that they decide "${news.timelineText}", which gives no date, so assume ${days} days from then (to ${day(ctx, timeline.date)}) and`;
  }
  const said = news.timelineText === null ? "" : ` ("${news.timelineText}")`;
  return `${who} ${how} on ${on} that they decide by ${day(ctx, timeline.date)}${said}, so`;
}

/** R11's reason for the check-in's day, in words, ending where "so check in…" follows. */
function basisOf(ctx: PlanContext, timeline: TimelineDay, news: InterviewEvent | null): string {
  const { interview, settings } = ctx.facts;
  const date = day(ctx, timeline.date);
  const assumed = `assume ${settings.assumedTimelineDays} days (to ${date}) and`;
  switch (timeline.basis) {
    case "news":
    case "news-unreadable":
      return news === null ? `they decide by ${date}, so` : newsBasis(ctx, news, timeline);
    case "stated":
      return `nothing heard by the stated timeline (${interview.timelineText === null ? date : `"${interview.timelineText}", ${date}`}), so`;
    case "none":
      return `no timeline was given, so ${assumed}`;
    case "unreadable":
      return `you were told "${interview.timelineText}", which gives no date, so ${assumed}`;
  }
}

function later(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b > a) ? b : a;
}

/** The first sequence number whose id is neither settled nor already in this plan. */
function nextFree(ctx: PlanContext, kind: ActionKind, person: Participant | null, from: number) {
  for (let sequence = from; ; sequence++) {
    const id = ctx.ids.of(kind, person?.id ?? null, sequence);
    const stored = ctx.stored.get(id);
    if (!ctx.usedIds.has(id) && (stored === undefined || !isSettled(stored)))
      return { sequence, id };
  }
}

/**
 * The follow-ups past the thank-you for the latest interview of an undecided application: the
 * agreed check-ins (R12) or one status check-in (R11), then reminders a week or two apart (R14),
 * at least a week from any other follow-up to the company (R15), restarted by answers (R16),
 * ending in a move-on suggestion after `maxUnanswered` unanswered ones (R15).
 */
export function planFollowUpChain(ctx: PlanContext, history: HistorySummary): void {
  const { interview, settings, company } = ctx.facts;
  const max = Math.max(0, Math.floor(settings.maxUnanswered));
  const zone = interview.timeZone;
  const taken = [...history.takenDays];
  const answerDate = history.lastAnswerMs === null ? null : localDateAt(history.lastAnswerMs, zone);
  const answerMs = history.lastAnswerMs ?? Number.NEGATIVE_INFINITY;
  let inARow = history.sentFollowUpMs.filter((ms) => ms > answerMs).length;

  let cursor = answerDate;
  for (const ms of history.sentFollowUpMs) cursor = later(cursor, localDateAt(ms, zone));
  for (const stored of ctx.stored.values()) {
    if (CHAIN_KINDS.has(stored.kind) && isSettled(stored)) cursor = later(cursor, stored.dueDate);
  }

  const plan = (
    kind: ActionKind,
    person: Participant | null,
    sequence: number,
    channel: Channel,
    start: number,
    due: number,
    rules: RuleId[],
    why: string,
    id?: string,
  ) => {
    const to = zoneFor(ctx, person);
    emitAction(ctx, {
      kind,
      contact: person,
      sequence,
      channel,
      window: businessWindow(ctx, to, opensOn(to, start), due, EMAIL_DUE_AT),
      rules,
      why,
      id,
    });
    taken.push(due);
    cursor = later(cursor, fromEpochDay(due));
    inARow++;
  };
  const spacedNote = (pushedBy: number | null) =>
    pushedBy === null
      ? ""
      : `; moved to keep a week from the follow-up of ${day(ctx, fromEpochDay(pushedBy))} to ${company.name} (R15)`;
  const answerEarliest = answerDate === null ? null : addDays(answerDate, SPACING_DAYS);

  const committed = ctx.participants.filter((p) => p.followUpOn !== null);
  if (inARow < max || committed.length > 0) {
    if (committed.length > 0) {
      const pending = committed.filter((person) => {
        const stored = ctx.stored.get(ctx.ids.of("check-in", person.id, 0));
        return stored === undefined || !isSettled(stored);
      });
      const agreedDay = (person: Participant) =>
        later(person.followUpOn, ctx.interviewDate) ?? ctx.interviewDate;
      const isMoved = (person: Participant) =>
        answerEarliest !== null && agreedDay(person) < answerEarliest;
      // Agreed days first: they are fixed (R12), and the moved ones must keep clear of them (R15).
      for (const person of pending.filter((p) => !isMoved(p))) {
        const agreed = agreedDay(person);
        const day = toEpochDay(agreed); // refuses a malformed agreed day, as the calendar did
        const channel = person.followUpVia ?? defaultChannel(person);
        const holiday = ctx.calendar.holidayOnDay(day);
        const note = holiday === null ? "" : ` (note: ${holiday} in the employer's calendar)`;
        plan(
          "check-in",
          person,
          0,
          channel,
          day,
          day,
          ["R12"],
          `R12: you agreed with ${person.name} to follow up on ${agreed}${note}, so ${channel === "phone" ? "call" : `use ${channel}`} exactly that day — source 004.`,
        );
      }
      for (const person of pending.filter(isMoved)) {
        // R16 beats R12: they answered since, so a nudge on the agreed day would come too soon.
        const channel = person.followUpVia ?? defaultChannel(person);
        const earliest = toEpochDay(answerEarliest ?? agreedDay(person));
        const spaced = spaceFollowUp(ctx.calendar, taken, earliest);
        const rules: RuleId[] =
          spaced.pushedBy === null ? ["R16", "R14", "R12"] : ["R16", "R14", "R12", "R15"];
        plan(
          "check-in",
          person,
          0,
          channel,
          spaced.start,
          spaced.due,
          rules,
          `R16: ${company.name} answered on ${day(ctx, answerDate ?? agreedDay(person))}, so the check-in agreed for ${day(ctx, agreedDay(person))} moves to a week or two after that answer — sources 003, 004${spacedNote(spaced.pushedBy)}.`,
        );
      }
    } else if (history.sentFollowUpMs.length === 0) {
      const person = ctx.main;
      const stored = ctx.stored.get(ctx.ids.of("check-in", person?.id ?? null, 0));
      if (stored === undefined || !isSettled(stored)) {
        const timeline = timelineDay(ctx, history.news);
        const natural = fromEpochDay(
          ctx.calendar.addBusinessDaysToDay(toEpochDay(timeline.date), 1),
        );
        // The answer that brought the date is not waited on again; a later answer still is (R16).
        const newsMs = history.news === null ? null : instantMs(history.news.occurredAt);
        const answeredSince = newsMs === null || answerMs > newsMs;
        const moved = answeredSince && answerEarliest !== null && answerEarliest > natural;
        const spaced = spaceFollowUp(
          ctx.calendar,
          taken,
          toEpochDay(moved ? answerEarliest : natural),
        );
        const rules: RuleId[] = ["R11"];
        const isNews = timeline.basis === "news" || timeline.basis === "news-unreadable";
        if (moved || isNews) rules.push("R16");
        if (spaced.pushedBy !== null) rules.push("R15");
        const channel = defaultChannel(person);
        const basis = basisOf(ctx, timeline, history.news);
        // R3: words that give no date are kept as said; the user can correct them later.
        const correct =
          timeline.basis === "unreadable" || timeline.basis === "news-unreadable"
            ? "; once you know the date, correct the timeline and the check-in moves with it"
            : "";
        const movedNote = moved
          ? `; ${company.name} answered on ${day(ctx, answerDate ?? natural)}, so it waits a week from that (R16)`
          : "";
        plan(
          "check-in",
          person,
          0,
          channel,
          spaced.start,
          spaced.due,
          rules,
          `${isNews ? "R11/R16" : "R11"}: ${basis} ${verb(channel, person)} 1–2 business days later — sources ${timeline.basis === "stated" || timeline.basis === "news" ? "000, 003" : "001, 003"}${movedNote}${spacedNote(spaced.pushedBy)}${correct}.`,
        );
      }
    }
  }

  const lead = committed[0] ?? ctx.main;
  const channel = defaultChannel(lead);
  const nextSequence = { "check-in": 0, reminder: 0 };
  for (let left = max - inARow; left > 0; left--) {
    const kind = inARow > 0 ? "reminder" : "check-in";
    const free = nextFree(ctx, kind, lead, nextSequence[kind]);
    nextSequence[kind] = free.sequence + 1;
    const from = cursor ?? ctx.interviewDate;
    const spaced = spaceFollowUp(ctx.calendar, taken, toEpochDay(from) + SPACING_DAYS);
    const rules: RuleId[] = kind === "reminder" ? ["R14"] : ["R14", "R16"];
    if (spaced.pushedBy !== null) rules.push("R15");
    const why =
      kind === "reminder"
        ? `R14: if the follow-up of ${day(ctx, from)} goes unanswered, send ${nameOf(lead)} a polite reminder 1–2 weeks after it — source 003`
        : `R16/R14: ${company.name} answered on ${day(ctx, from)}, so ${verb(channel, lead)} again a week or two later — source 003`;
    plan(
      kind,
      lead,
      free.sequence,
      channel,
      spaced.start,
      spaced.due,
      rules,
      `${why}${spacedNote(spaced.pushedBy)}.`,
      free.id,
    );
  }

  // R15 (ours): after maxUnanswered unanswered follow-ups, stop nudging and suggest moving on. A
  // note to the user alone, so on the business days of the profile's calendar, in the user's zone.
  const last = cursor ?? ctx.interviewDate;
  const home = settings.timeZone;
  const homeDay = (day: number) => ctx.homeCalendar.businessDayOnOrAfter(day);
  const at = (day: number) => zonedInstantOnDay(home, day, OPENS_AT);
  const lastDay = toEpochDay(last);
  const dueDay = homeDay(lastDay + 2 * SPACING_DAYS);
  emitAction(ctx, {
    kind: "move-on",
    contact: null,
    sequence: 0,
    channel: "email",
    window: {
      zone: home,
      start: at(homeDay(lastDay + SPACING_DAYS)),
      due: at(dueDay),
      late: at(homeDay(dueDay + SPACING_DAYS)),
      overdue: at(homeDay(dueDay + 2 * SPACING_DAYS)),
    },
    rules: ["R15", "R14"],
    why: `R15: if ${max} follow-ups past the thank-you go unanswered (the last on ${day(ctx, last)}), stop nudging ${company.name} and consider moving on — sources 003, 004.`,
  });
}
