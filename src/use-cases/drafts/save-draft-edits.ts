import { z } from "zod";
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
import { isEdited } from "./compose-action-draft.js";
import { draftEditsInput } from "./render-action-draft.js";
import { requireEditableDraft } from "./require-editable-draft.js";

export const saveDraftEditsInput = draftEditsInput.extend({
  /** The revision this device last loaded (0: none was saved); absent: save whatever is there. */
  revision: z.number().int().min(0).optional(),
});
export type SaveDraftEditsInput = z.input<typeof saveDraftEditsInput>;

/** Where an action's saved draft stands after a save or a discard. */
export interface DraftSaveState {
  actionId: string;
  /** True while the text is the user's own (false after "back to the suggested text"). */
  edited: boolean;
  revision: number;
  savedAt: string | null;
}

/**
 * Keeps the user's subject and body of one action's draft on the server, so it comes back on
 * reload and on another device, and is what goes out when the action is sent. An absent field
 * keeps what the draft has. A device that saw an older revision than the stored one is refused,
 * naming it, and nothing changes: it must load the newer text first, never overwrite it unseen.
 */
export async function saveDraftEdits(
  ctx: UseCaseContext,
  actionId: string,
  raw: SaveDraftEditsInput,
): Promise<DraftSaveState> {
  const input = parseInput(saveDraftEditsInput, raw);
  if (input.subject === undefined && input.body === undefined)
    throw invalidInput("body", "There is nothing to save.", "the text, the subject or both");
  return inTransaction(ctx, async (tx) => {
    await requireEditableDraft(tx, actionId);
    const stored = await getDraftEdits(tx.db, tx.accountId, actionId);
    if (input.revision !== undefined && stored && stored.revision > input.revision)
      throw newerRevision(stored);
    const next: SavedDraftEdits = {
      actionId,
      ownSubject: input.subject !== undefined || (stored?.ownSubject ?? false),
      subject: input.subject !== undefined ? input.subject : (stored?.subject ?? null),
      body: input.body ?? stored?.body ?? null,
      revision: (stored?.revision ?? 0) + 1,
      updatedAt: tx.now(),
      channel: stored?.channel ?? null,
    };
    const written = stored
      ? await replaceDraftEdits(tx.db, tx.accountId, stored.revision, next)
      : await insertDraftEdits(tx.db, tx.accountId, next);
    if (!written) {
      const now = await getDraftEdits(tx.db, tx.accountId, actionId);
      throw newerRevision(now ?? next);
    }
    return stateOf(next);
  });
}

export function stateOf(saved: SavedDraftEdits): DraftSaveState {
  return {
    actionId: saved.actionId,
    edited: isEdited(saved),
    revision: saved.revision,
    savedAt: saved.updatedAt,
  };
}

function newerRevision(stored: SavedDraftEdits): AppError {
  return new AppError(
    "CONFLICT",
    `This draft was saved elsewhere (another device or tab, at ${stored.updatedAt.slice(0, 16).replace("T", " ")} UTC) since it was loaded here; nothing was saved. Load the newer text first, copying yours if you want to keep it.`,
    { field: "revision", accepted: `the latest revision, ${stored.revision}` },
  );
}
