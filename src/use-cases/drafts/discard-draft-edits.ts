import {
  getDraftEdits,
  replaceDraftEdits,
} from "../../store/repositories/draft-edits.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { type ActionDraft, composeActionDraft, isEdited } from "./compose-action-draft.js";
import { requireEditableDraft } from "./require-editable-draft.js";

/**
 * "Back to the suggested text": the saved edits are dropped and the composed draft returned. The
 * row stays with a new revision and no text, so a device still holding the old edits is told that
 * something changed when it saves, instead of bringing them back unseen.
 */
export async function discardDraftEdits(
  ctx: UseCaseContext,
  actionId: string,
): Promise<ActionDraft> {
  await inTransaction(ctx, async (tx) => {
    await requireEditableDraft(tx, actionId);
    const stored = await getDraftEdits(tx.db, tx.accountId, actionId);
    if (!stored || !isEdited(stored)) return;
    await replaceDraftEdits(tx.db, tx.accountId, stored.revision, {
      actionId,
      ownSubject: false,
      subject: null,
      body: null,
      revision: stored.revision + 1,
      updatedAt: tx.now(),
      // Back to the text suggested for the channel chosen.
      channel: stored.channel,
    });
  });
  return composeActionDraft(ctx, actionId);
}
