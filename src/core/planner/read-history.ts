import { instantMs } from "../calendar/instant-ms.js";
import { toEpochDay } from "../calendar/local-date.js";
import { localDateAt } from "../calendar/zoned-time.js";
import type { FollowUpAction, Interview, InterviewEvent } from "../domain/types.js";
import { isSettled } from "./emit-action.js";
import { CHAIN_KINDS, SPACED_KINDS } from "./follow-up-kinds.js";
import type { PlanContext } from "./plan-context.js";

/** What the company's history means for this interview's plan. */
export interface HistorySummary {
  /** A later round exists or was announced: that interview has its own plan (R16). */
  nextRound: boolean;
  withdrawn: boolean;
  /** The latest decision on this application since the interview (R17). */
  decision: InterviewEvent | null;
  /** The latest reply, call, next-round or incoming message since the interview (R16). */
  lastAnswerMs: number | null;
  /** The latest answer that said when they decide (R11, R16): its words replace the interview's. */
  news: InterviewEvent | null;
  /** This application's follow-ups actually sent since the interview, oldest first (R15). */
  sentFollowUpMs: number[];
  /** Local days (employer-side) that already hold a follow-up to this company (R15). */
  takenDays: number[];
}

const THANK_YOU_WINDOW_MS = 49 * 3_600_000; // interview end-ish + 48 h (R6 overdue)

function msOf(value: string | null): number {
  return value === null ? Number.NaN : instantMs(value);
}

/** Earlier start wins; equal starts go by id. The winner never moves for the other (R15). */
function comesFirst(a: Interview, b: Interview): boolean {
  if (a.startsAt === b.startsAt) return a.id < b.id;
  const am = instantMs(a.startsAt);
  const bm = instantMs(b.startsAt);
  return am < bm || (am === bm && a.id < b.id);
}

export function readHistory(ctx: PlanContext): HistorySummary {
  const { interview, nowMs, startMs } = ctx;
  const { history } = ctx.facts;
  const zone = interview.timeZone;
  const interviews = new Map<string, Interview>();
  for (const i of history.interviews) interviews.set(i.id, i);
  interviews.set(interview.id, interview);
  const appId = interview.applicationId;
  const inApplication = (interviewId: string | null): boolean =>
    interviewId !== null && interviews.get(interviewId)?.applicationId === appId;

  const summary: HistorySummary = {
    nextRound: false,
    withdrawn: false,
    decision: null,
    lastAnswerMs: null,
    news: null,
    sentFollowUpMs: [],
    takenDays: [],
  };
  const answer = (ms: number) => {
    if (summary.lastAnswerMs === null || ms > summary.lastAnswerMs) summary.lastAnswerMs = ms;
  };

  for (const other of interviews.values()) {
    if (other.applicationId === appId && comesFirst(interview, other)) summary.nextRound = true;
  }

  for (const event of history.events) {
    const ms = instantMs(event.occurredAt);
    // Facts dated after `now` are not known yet; facts before the interview are about earlier rounds.
    if (!(ms <= nowMs) || ms < startMs || !inApplication(event.interviewId)) continue;
    if (event.kind === "withdrawn") summary.withdrawn = true;
    else if (event.kind === "decision") {
      if (summary.decision === null || ms >= instantMs(summary.decision.occurredAt)) {
        summary.decision = event;
      }
    } else if (event.kind === "next-round") summary.nextRound = true;
    if (event.kind !== "withdrawn") answer(ms);
    // News: words about when they decide, with a day or not (R3 keeps both, R11 reads them).
    if (
      (event.timelineDate !== null || Boolean(event.timelineText?.trim())) &&
      (summary.news === null || ms >= instantMs(summary.news.occurredAt))
    ) {
      summary.news = event;
    }
  }

  const actionsById = new Map<string, FollowUpAction>();
  for (const action of history.actions) actionsById.set(action.id, action);
  const counted = new Set<string>();
  const take = (ms: number) => summary.takenDays.push(toEpochDay(localDateAt(ms, zone)));

  for (const action of history.actions) {
    if (!SPACED_KINDS.has(action.kind)) continue;
    const owner = interviews.get(action.interviewId);
    if (isSettled(action)) {
      if (action.status === "skipped") continue;
      const ms = Number.isNaN(msOf(action.doneAt))
        ? instantMs(action.window.due)
        : msOf(action.doneAt);
      counted.add(action.id);
      take(ms);
      if (CHAIN_KINDS.has(action.kind) && inApplication(action.interviewId) && ms >= startMs) {
        summary.sentFollowUpMs.push(ms);
      }
    } else if (
      action.status !== "cancelled" &&
      action.interviewId !== interview.id &&
      // Yield to pending follow-ups of interviews that come first, and to agreed days (R12).
      ((owner !== undefined && comesFirst(owner, interview)) || isExactCommitment(action))
    ) {
      summary.takenDays.push(toEpochDay(action.dueDate));
    }
  }

  for (const message of history.correspondence) {
    const ms = instantMs(message.occurredAt);
    if (!(ms <= nowMs)) continue;
    const ofApplication = message.applicationId === appId || inApplication(message.interviewId);
    if (message.direction === "in") {
      if (ofApplication && ms >= startMs) answer(ms);
      continue;
    }
    const key = message.actionId ?? message.id;
    if (counted.has(key)) continue;
    const linked = message.actionId === null ? undefined : actionsById.get(message.actionId);
    if (linked !== undefined && !SPACED_KINDS.has(linked.kind)) continue;
    const about =
      interviews.get(message.interviewId ?? linked?.interviewId ?? "") ??
      latestBefore(interviews, message.applicationId, ms);
    const aboutStart = about === undefined ? startMs : instantMs(about.startsAt);
    // An unlinked message in the first two days after an interview is its thank-you (R6).
    if (linked === undefined && ms < aboutStart + THANK_YOU_WINDOW_MS) continue;
    counted.add(key);
    take(ms);
    if (ofApplication && ms >= startMs) summary.sentFollowUpMs.push(ms);
  }
  summary.sentFollowUpMs.sort((a, b) => a - b);
  return summary;
}

/** A stored check-in on the exact day agreed with the person (R12, not moved by R16). */
export function isExactCommitment(action: FollowUpAction): boolean {
  return action.rules.includes("R12") && !action.rules.includes("R16");
}

/** The application's interview a message without an interview id most likely follows. */
function latestBefore(
  interviews: ReadonlyMap<string, Interview>,
  applicationId: string | null,
  ms: number,
): Interview | undefined {
  let best: Interview | undefined;
  for (const candidate of interviews.values()) {
    const at = instantMs(candidate.startsAt);
    if (candidate.applicationId !== applicationId || at > ms) continue;
    if (best === undefined || at > instantMs(best.startsAt)) best = candidate;
  }
  return best;
}
