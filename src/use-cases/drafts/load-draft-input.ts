import { DateTime } from "luxon";
import type { FollowUpAction } from "../../core/domain/types.js";
import type { DraftInput } from "../../core/drafts/draft.types.js";
import { notFound } from "../../errors/app-error.js";
import { getAction, listActionsOfInterviews } from "../../store/repositories/action.repository.js";
import { getApplication, getCompany } from "../../store/repositories/company.repository.js";
import { listContactsOfCompany } from "../../store/repositories/contact.repository.js";
import { listNotesOfInterview } from "../../store/repositories/note.repository.js";
import { listTemplateOverrides } from "../../store/repositories/template.repository.js";
import type { UseCaseContext } from "../context.js";
import { requireInterview } from "../interviews/show-interview.js";
import { getProfile } from "../profile/get-profile.js";

export interface LoadedDraftInput {
  input: DraftInput;
  /** The other open actions of the same kind on the same interview (colleagues' notes, R7). */
  siblings: FollowUpAction[];
}

/** Everything composeDraft needs for one action, read from the records. */
export async function loadDraftInput(
  ctx: UseCaseContext,
  actionId: string,
): Promise<LoadedDraftInput> {
  const action = await getAction(ctx.db, ctx.accountId, actionId);
  if (!action) throw notFound("follow-up action", actionId, "action");
  const interview = await requireInterview(ctx, action.interviewId);
  const application = await getApplication(ctx.db, ctx.accountId, interview.applicationId);
  const company = application
    ? await getCompany(ctx.db, ctx.accountId, application.companyId)
    : null;
  if (!application || !company) throw notFound("application", interview.applicationId);
  const [contacts, notes, profile, templates, actions] = await Promise.all([
    listContactsOfCompany(ctx.db, ctx.accountId, company.id),
    listNotesOfInterview(ctx.db, ctx.accountId, interview.id),
    getProfile(ctx),
    listTemplateOverrides(ctx.db, ctx.accountId),
    listActionsOfInterviews(ctx.db, ctx.accountId, [interview.id]),
  ]);
  const contact = action.contactId
    ? (contacts.find((c) => c.id === action.contactId) ?? null)
    : null;
  return {
    input: {
      action,
      contact,
      otherContacts: contacts.filter((c) => c.id !== contact?.id),
      interview,
      application,
      company,
      notes,
      profile,
      templates,
      today: DateTime.fromISO(ctx.now(), { zone: profile.timeZone }).toISODate() as string,
    },
    siblings: actions.filter(
      (a) => a.id !== action.id && a.kind === action.kind && a.status !== "cancelled",
    ),
  };
}
