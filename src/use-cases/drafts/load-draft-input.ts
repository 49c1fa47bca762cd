import { DateTime } from "luxon";
import type { Contact, FollowUpAction } from "../../core/domain/types.js";
import {
  type DraftInput,
  type DraftWatch,
  NEWS_PICK_KINDS,
} from "../../core/drafts/draft.types.js";
import { mainContact } from "../../core/planner/main-contact.js";
import { datedAt, latestFirst } from "../../core/watch/latest-first.js";
import { sharedRoleWords } from "../../core/watch/matches-role.js";
import type { WatchItem } from "../../core/watch/watch-records.js";
import { notFound } from "../../errors/app-error.js";
import { getAction, listActionsOfInterviews } from "../../store/repositories/action.repository.js";
import { getApplication, getCompany } from "../../store/repositories/company.repository.js";
import {
  listContactsOfCompany,
  listParticipants,
  listParticipationsOfContact,
} from "../../store/repositories/contact.repository.js";
import { listCorrespondenceOfApplications } from "../../store/repositories/correspondence.repository.js";
import { listEventsOfInterviews } from "../../store/repositories/event.repository.js";
import { listInterviewsOfCompany } from "../../store/repositories/interview.repository.js";
import { getNewsPick } from "../../store/repositories/news-pick.repository.js";
import { listNotesOfInterview } from "../../store/repositories/note.repository.js";
import { listTemplateOverrides } from "../../store/repositories/template.repository.js";
import { listWatchItems } from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { requireInterview } from "../interviews/show-interview.js";
import { getProfile } from "../profile/get-profile.js";

export interface LoadedDraftInput {
  input: DraftInput;
  /** The other open actions of the same kind on the same interview (colleagues' notes, R7). */
  siblings: FollowUpAction[];
  news: DraftNews;
}

/** The company's news a check-in may mention (R20), and the one the user picked. */
export interface DraftNews {
  /** The picked item's id, or null. */
  pickedId: string | null;
  /** The latest news not dismissed; none for a follow-up that mentions no news. */
  choices: Pick<WatchItem, "id" | "title" | "url" | "publishedAt">[];
}

/** Everything composeDraft needs for one action, read from the records. */
export async function loadDraftInput(
  ctx: UseCaseContext,
  actionId: string,
): Promise<LoadedDraftInput> {
  const action = await getAction(ctx.db, ctx.accountId, actionId);
  if (!action) throw notFound("follow-up action", "action");
  const interview = await requireInterview(ctx, action.interviewId);
  const application = await getApplication(ctx.db, ctx.accountId, interview.applicationId);
  const company = application
    ? await getCompany(ctx.db, ctx.accountId, application.companyId)
    : null;
  if (!application || !company) throw notFound("application");
  const [contacts, notes, profile, templates, actions] = await Promise.all([
    listContactsOfCompany(ctx.db, ctx.accountId, company.id),
    listNotesOfInterview(ctx.db, ctx.accountId, interview.id),
    getProfile(ctx),
    listTemplateOverrides(ctx.db, ctx.accountId),
    listActionsOfInterviews(ctx.db, ctx.accountId, [interview.id]),
  ]);
  const contact = action.contactId
    ? (contacts.find((c) => c.id === action.contactId) ?? null)
    : await closingNoteReader(ctx, action);
  // What happened on the application licenses what the message may claim (claims.ts).
  const interviewIds = (await listInterviewsOfCompany(ctx.db, ctx.accountId, company.id))
    .filter((i) => i.applicationId === application.id)
    .map((i) => i.id);
  const [participations, events, correspondence, watchItems, pick] = await Promise.all([
    contact ? listParticipationsOfContact(ctx.db, ctx.accountId, contact.id) : [],
    listEventsOfInterviews(ctx.db, ctx.accountId, interviewIds),
    listCorrespondenceOfApplications(ctx.db, ctx.accountId, [application.id]),
    listWatchItems(ctx.db, ctx.accountId, company.id),
    getNewsPick(ctx.db, ctx.accountId, action.id),
  ]);
  const live = watchItems.filter((i) => i.dismissedAt === null);
  const picked = NEWS_PICK_KINDS.includes(action.kind)
    ? (live.find((i) => i.kind === "news" && i.id === pick?.itemId) ?? null)
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
      history: {
        participations: participations.filter((p) => interviewIds.includes(p.interviewId)),
        events,
        correspondence,
        actions,
      },
      profile,
      templates,
      today: DateTime.fromISO(ctx.now(), { zone: profile.timeZone }).toISODate() as string,
      watch: draftWatch(live, application.role, picked),
    },
    siblings: actions.filter(
      (a) => a.id !== action.id && a.kind === action.kind && a.status !== "cancelled",
    ),
    news: {
      pickedId: picked?.id ?? null,
      choices: NEWS_PICK_KINDS.includes(action.kind)
        ? latestFirst(live.filter((i) => i.kind === "news"))
            .slice(0, NEWS_CHOICES)
            .map(({ id, title, url, publishedAt }) => ({ id, title, url, publishedAt }))
        : [],
    },
  };
}

/**
 * The move-on is the user's to decide (R15); the closing note it offers goes to the person the
 * check-ins went to (R11), so it can thank them for what they talked about (R7).
 */
async function closingNoteReader(
  ctx: UseCaseContext,
  action: FollowUpAction,
): Promise<Contact | null> {
  if (action.kind !== "move-on") return null;
  const reader = mainContact(await listParticipants(ctx.db, ctx.accountId, action.interviewId));
  if (reader === null) return null;
  const { followUpOn: _on, followUpVia: _via, ...contact } = reader;
  return contact;
}

/** Postings a message may name (R17, R13): the watch's, not dismissed, the role's own first. */
const POSTINGS_NAMED = 3;
/** News items a check-in offers to mention (R20). */
const NEWS_CHOICES = 10;

function draftWatch(live: WatchItem[], role: string, picked: WatchItem | null): DraftWatch {
  const postings = live
    .filter((i) => i.kind === "posting")
    .map((i) => ({ item: i, shared: sharedRoleWords(i.title, role).length }))
    .sort((a, b) => b.shared - a.shared || (datedAt(a.item) < datedAt(b.item) ? 1 : -1))
    .slice(0, POSTINGS_NAMED)
    .map(({ item }) => ({ title: item.title, url: item.url }));
  return { postings, news: picked && { title: picked.title, url: picked.url } };
}
