import type {
  Application,
  Company,
  Correspondence,
  FollowUpAction,
  Interview,
  InterviewEvent,
  Note,
} from "../../core/domain/types.js";
import { notFound } from "../../errors/app-error.js";
import { listActionsOfInterviews } from "../../store/repositories/action.repository.js";
import { getApplication, getCompany } from "../../store/repositories/company.repository.js";
import {
  listContactsOfCompany,
  listParticipants,
  type Participant,
} from "../../store/repositories/contact.repository.js";
import { listCorrespondenceOfApplications } from "../../store/repositories/correspondence.repository.js";
import { listEventsOfInterviews } from "../../store/repositories/event.repository.js";
import { listNotesOfInterview } from "../../store/repositories/note.repository.js";
import { listInterviewsOfApplication } from "../../store/repositories/timeline.repository.js";
import type { UseCaseContext } from "../context.js";

/** One entry of an application's timeline; `at` orders them, past and planned alike. */
export type TimelineEntry =
  | { type: "interview"; at: string; interview: Interview; contactIds: string[] }
  | { type: "event"; at: string; event: InterviewEvent }
  | { type: "correspondence"; at: string; correspondence: Correspondence }
  | { type: "action"; at: string; action: FollowUpAction };

export interface ApplicationDetail {
  application: Application;
  company: Company;
  /** Everyone at the company, so each entry can name its people. */
  contacts: Participant[];
  /** The notes of every interview (R2), oldest first, to correct or delete in place. */
  notes: Note[];
  timeline: TimelineEntry[];
}

/**
 * An application as one timeline (R25): its interviews, what happened, every message kept, and
 * every follow-up, done or planned, each planned one with its why. Cancelled actions are left out:
 * the plan no longer wants them.
 */
export async function showApplication(ctx: UseCaseContext, id: string): Promise<ApplicationDetail> {
  const application = await getApplication(ctx.db, ctx.accountId, id);
  if (!application) throw notFound("application", "application");
  const company = await getCompany(ctx.db, ctx.accountId, application.companyId);
  if (!company) throw notFound("company");
  const interviews = await listInterviewsOfApplication(ctx.db, ctx.accountId, id);
  const interviewIds = interviews.map((i) => i.id);
  const [events, correspondence, actions, known, seats, notes] = await Promise.all([
    listEventsOfInterviews(ctx.db, ctx.accountId, interviewIds),
    listCorrespondenceOfApplications(ctx.db, ctx.accountId, [id]),
    listActionsOfInterviews(ctx.db, ctx.accountId, interviewIds),
    listContactsOfCompany(ctx.db, ctx.accountId, company.id),
    Promise.all(interviews.map((i) => listParticipants(ctx.db, ctx.accountId, i.id))),
    Promise.all(interviews.map((i) => listNotesOfInterview(ctx.db, ctx.accountId, i.id))),
  ]);
  const seated = new Map(seats.flat().map((p) => [p.id, p]));
  const contacts: Participant[] = known.map(
    (c) => seated.get(c.id) ?? { ...c, followUpOn: null, followUpVia: null },
  );
  const timeline: TimelineEntry[] = [
    ...interviews.map((interview, index) => ({
      type: "interview" as const,
      at: interview.startsAt,
      interview,
      contactIds: (seats[index] ?? []).map((p) => p.id),
    })),
    ...events.map((event) => ({ type: "event" as const, at: event.occurredAt, event })),
    ...correspondence.map((c) => ({
      type: "correspondence" as const,
      at: c.occurredAt,
      correspondence: c,
    })),
    ...actions
      .filter((a) => a.status !== "cancelled")
      .map((action) => ({ type: "action" as const, at: actionTime(action), action })),
  ];
  timeline.sort((a, b) => byInstant(a.at, b.at));
  return { application, company, contacts, notes: notes.flat(), timeline };
}

/** A settled action sits where it was done; an open one where it is due. */
function actionTime(action: FollowUpAction): string {
  return action.doneAt ?? new Date(action.window.due).toISOString();
}

function byInstant(a: string, b: string): number {
  const x = Date.parse(a);
  const y = Date.parse(b);
  return x - y;
}
