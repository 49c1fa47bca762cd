import { z } from "zod";
import { notFound } from "../../errors/app-error.js";
import { deleteWatchSource, getWatchSource } from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { id } from "../schemas.js";

export const removeWatchSourceInput = z.object({ sourceId: id("ws") });
export type RemoveWatchSourceInput = z.input<typeof removeWatchSourceInput>;

/** Stops watching a source; the postings and news it found go with it. */
export async function removeWatchSource(
  ctx: UseCaseContext,
  raw: RemoveWatchSourceInput,
): Promise<{ removed: string }> {
  const { sourceId } = parseInput(removeWatchSourceInput, raw);
  return inTransaction(ctx, async (tx) => {
    const source = await getWatchSource(tx.db, tx.accountId, sourceId);
    if (!source) throw notFound("watched source", "sourceId");
    await deleteWatchSource(tx.db, tx.accountId, sourceId);
    return { removed: source.inputUrl };
  });
}
