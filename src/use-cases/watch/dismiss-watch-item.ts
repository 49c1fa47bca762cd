import { z } from "zod";
import type { WatchItem } from "../../core/watch/watch-records.js";
import { notFound } from "../../errors/app-error.js";
import { deleteNewsPicksOfItem } from "../../store/repositories/news-pick.repository.js";
import { getWatchItem, setWatchItemDismissed } from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { id } from "../schemas.js";

export const dismissWatchItemInput = z.object({
  itemId: id("wi"),
  /** False brings a dismissed item back. */
  dismissed: z.boolean().default(true),
});
export type DismissWatchItemInput = z.input<typeof dismissWatchItemInput>;

/**
 * Dismisses a posting or news item: its row stays as a tombstone, so it stays dismissed (R20),
 * and no check-in mentions it any more.
 */
export async function dismissWatchItem(
  ctx: UseCaseContext,
  raw: DismissWatchItemInput,
): Promise<WatchItem> {
  const input = parseInput(dismissWatchItemInput, raw);
  return inTransaction(ctx, async (tx) => {
    const item = await getWatchItem(tx.db, tx.accountId, input.itemId);
    if (!item) throw notFound("posting or news item", "itemId");
    const dismissedAt = input.dismissed ? (item.dismissedAt ?? tx.now()) : null;
    await setWatchItemDismissed(tx.db, tx.accountId, item.id, dismissedAt);
    // A dismissed item is mentioned nowhere: the check-ins that picked it mention none now.
    if (dismissedAt !== null) await deleteNewsPicksOfItem(tx.db, tx.accountId, item.id);
    return { ...item, dismissedAt };
  });
}
