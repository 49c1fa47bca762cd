import { z } from "zod";
import { NEWS_PICK_KINDS } from "../../core/drafts/draft.types.js";
import { AppError, notFound } from "../../errors/app-error.js";
import { getApplication } from "../../store/repositories/company.repository.js";
import { deleteNewsPick, saveNewsPick } from "../../store/repositories/news-pick.repository.js";
import { getWatchItem } from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { parseInput } from "../parse-input.js";
import { id } from "../schemas.js";
import { type ActionDraft, composeActionDraft } from "./compose-action-draft.js";
import { requireEditableDraft } from "./require-editable-draft.js";

export const pickDraftNewsInput = z.strictObject({
  /** The company's news item to mention (wi_…), or null to mention none. */
  newsItemId: id("wi").nullable(),
});
export type PickDraftNewsInput = z.input<typeof pickDraftNewsInput>;

const PICKABLE = "a news item of this company's watch that is not dismissed, or null for none";

/**
 * Picks the news item a check-in mentions (R20), or clears it, and returns the draft as it now
 * reads. Only the company's own news, not dismissed, for a check-in whose draft may still change;
 * the pick is the action's, so re-planning (which keeps the action's id) keeps it.
 */
export async function pickDraftNews(
  ctx: UseCaseContext,
  actionId: string,
  raw: PickDraftNewsInput,
): Promise<ActionDraft> {
  const input = parseInput(pickDraftNewsInput, raw);
  await inTransaction(ctx, async (tx) => {
    const action = await requireEditableDraft(tx, actionId);
    if (input.newsItemId === null) return deleteNewsPick(tx.db, tx.accountId, action.id);
    if (!NEWS_PICK_KINDS.includes(action.kind))
      throw new AppError(
        "CONFLICT",
        `A ${action.kind} does not mention the company's news; only a check-in does.`,
        { field: "action", accepted: "a check-in or long-range check-in" },
      );
    const item = await getWatchItem(tx.db, tx.accountId, input.newsItemId);
    if (!item) throw notFound("news item", "newsItemId");
    const interview = await requireInterview(tx, action.interviewId);
    const application = await getApplication(tx.db, tx.accountId, interview.applicationId);
    const refusal =
      item.kind !== "news"
        ? `"${item.title}" is an open position, not a news item.`
        : item.companyId !== application?.companyId
          ? `"${item.title}" is another company's news.`
          : item.dismissedAt !== null
            ? `"${item.title}" was dismissed; bring it back on the application page to mention it.`
            : null;
    if (refusal !== null)
      throw new AppError("INVALID_INPUT", refusal, { field: "newsItemId", accepted: PICKABLE });
    await saveNewsPick(tx.db, tx.accountId, {
      actionId: action.id,
      itemId: item.id,
      pickedAt: tx.now(),
    });
  });
  return composeActionDraft(ctx, actionId);
}
