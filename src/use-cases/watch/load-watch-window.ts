import type { Application, Interview } from "../../core/domain/types.js";
import { watchWindowOpen } from "../../core/watch/watch-window-open.js";
import { listActionsOfInterviews } from "../../store/repositories/action.repository.js";
import { listApplications } from "../../store/repositories/company.repository.js";
import { listInterviewsOfCompany } from "../../store/repositories/interview.repository.js";
import type { UseCaseContext } from "../context.js";

export interface WatchWindow {
  open: boolean;
  applications: Application[];
  /** The latest interview that has begun, or null. */
  lastInterview: Interview | null;
}

/** Whether the company's process is open enough to watch (R20, R17), with what that rests on. */
export async function loadWatchWindow(
  ctx: UseCaseContext,
  companyId: string,
): Promise<WatchWindow> {
  const now = ctx.now();
  const interviews = await listInterviewsOfCompany(ctx.db, ctx.accountId, companyId);
  const applications = (await listApplications(ctx.db, ctx.accountId)).filter(
    (a) => a.companyId === companyId,
  );
  const actions = await listActionsOfInterviews(
    ctx.db,
    ctx.accountId,
    interviews.map((i) => i.id),
  );
  const begun = interviews.filter((i) => i.startsAt <= now);
  return {
    open: watchWindowOpen(
      {
        interviewStarts: interviews.map((i) => i.startsAt),
        applicationStatuses: applications.map((a) => a.status),
        actionStatuses: actions.map((a) => a.status),
      },
      now,
    ),
    applications,
    lastInterview: begun.at(-1) ?? null,
  };
}
