import { z } from "zod";
import { channelLabel, channelNoun } from "../../core/domain/channel-words.js";
import { CHANNELS } from "../../core/domain/types.js";
import { draftChannelsOf } from "../../core/drafts/draft-channels.js";
import { AppError, invalidInput } from "../../errors/app-error.js";
import {
  getDraftEdits,
  insertDraftEdits,
  replaceDraftEdits,
  type SavedDraftEdits,
} from "../../store/repositories/draft-edits.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { type ActionDraft, composeActionDraft, isEdited } from "./compose-action-draft.js";
import { requireEditableDraft } from "./require-editable-draft.js";

export const switchDraftChannelInput = z.strictObject({
  channel: z.enum(CHANNELS),
  /** True: the user agreed that their edits of the current channel's text are replaced. */
  replaceEdits: z.boolean().default(false),
  /** The revision this device last loaded; absent: whatever is stored. */
  revision: z.number().int().min(0).optional(),
});
export type SwitchDraftChannelInput = z.input<typeof switchDraftChannelInput>;

/**
 * Writes an action's draft for another channel (issue 11): an email becomes a letter with its
 * address blocks and date (R10), a call's notes, a card. One text per action is kept, since one
 * text is what goes out: the user's edits of the current channel are replaced only when they say
 * so (`replaceEdits`), else nothing changes and the answer says what would be lost. The choice is
 * kept with the draft (draft_edits), so it is the same on reload and on another device.
 */
export async function switchDraftChannel(
  ctx: UseCaseContext,
  actionId: string,
  raw: SwitchDraftChannelInput,
): Promise<ActionDraft> {
  const input = parseInput(switchDraftChannelInput, raw);
  await inTransaction(ctx, async (tx) => {
    const action = await requireEditableDraft(tx, actionId);
    const allowed = draftChannelsOf(action);
    if (!allowed.includes(input.channel))
      throw invalidInput(
        "channel",
        `This follow-up cannot be written as ${channelNoun(input.channel)}.`,
        allowed.map(channelLabel).join(", "),
      );
    const stored = await getDraftEdits(tx.db, tx.accountId, actionId);
    const current = stored?.channel ?? action.channel;
    if (current === input.channel) return;
    if (input.revision !== undefined && stored && stored.revision > input.revision)
      throw new AppError(
        "CONFLICT",
        "This draft was saved elsewhere (another device or tab) since it was loaded here; nothing was changed. Load the newer text first.",
        { field: "revision", accepted: `the latest revision, ${stored.revision}` },
      );
    if (stored && isEdited(stored) && !input.replaceEdits)
      throw new AppError(
        "CONFLICT",
        `Writing this as ${channelNoun(input.channel)} would replace your edited text with a new draft; nothing was changed. Copy your text first if you want to keep it, then switch again and agree to replace it.`,
        { field: "replaceEdits", accepted: "true, to replace your edits" },
      );
    const next: SavedDraftEdits = {
      actionId,
      ownSubject: false,
      subject: null,
      body: null,
      revision: (stored?.revision ?? 0) + 1,
      updatedAt: tx.now(),
      channel: input.channel === action.channel ? null : input.channel,
    };
    const written = stored
      ? await replaceDraftEdits(tx.db, tx.accountId, stored.revision, next)
      : await insertDraftEdits(tx.db, tx.accountId, next);
    if (!written)
      throw new AppError(
        "CONFLICT",
        "This draft was saved elsewhere at the same moment; nothing was changed. Load it again.",
        { field: "revision", accepted: "the latest revision" },
      );
  });
  return composeActionDraft(ctx, actionId);
}
