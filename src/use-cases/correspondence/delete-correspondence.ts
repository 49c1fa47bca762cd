import { z } from "zod";
import type { Correspondence, FollowUpAction } from "../../core/domain/types.js";
import { AppError } from "../../errors/app-error.js";
import { updateAction } from "../../store/repositories/action.repository.js";
import {
  deleteCorrespondence as deleteCorrespondenceRow,
  linkOutboxToCorrespondence,
  listOutboxOfCorrespondence,
} from "../../store/repositories/correspondence.repository.js";
import { deleteEvent } from "../../store/repositories/event.repository.js";
import { putInTrash, type TrashEntry } from "../../store/repositories/trash.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { replanCompany } from "../planning/replan-company.js";
import { text } from "../schemas.js";
import {
  actionFulfilledBy,
  describeFulfilled,
  findReplyEcho,
  requireCorrespondence,
} from "./require-correspondence.js";

export const deleteCorrespondenceInput = z.object({
  id: text(40),
  /** Given once the person has been told what goes with the message (the follow-up it fulfilled). */
  confirm: z.boolean().default(false),
});
export type DeleteCorrespondenceInput = z.input<typeof deleteCorrespondenceInput>;
export type DeletedCorrespondenceEntry = Extract<TrashEntry, { kind: "correspondence" }>;

/**
 * Deletes a logged message; it waits among the recently deleted, whole, with the reply event it
 * recorded (R16) and its links, so the delete can be undone exactly. The search index no longer
 * holds it and the company is re-planned.
 *
 * A message that fulfilled a follow-up is refused until confirmed, saying what happens to it:
 * - logged by hand, the message is the only sign the follow-up was done, and deleting it most
 *   often means it was logged by mistake (wrong person, never sent): the follow-up goes back in
 *   the plan, since a follow-up not done is the worst outcome (R26);
 * - sent by followthrough's outbox, it really went out (the outbox keeps its bytes): the
 *   follow-up stays sent, only without its copy, so it is never sent twice.
 */
export async function deleteCorrespondence(
  ctx: UseCaseContext,
  raw: DeleteCorrespondenceInput,
): Promise<DeletedCorrespondenceEntry> {
  const input = parseInput(deleteCorrespondenceInput, raw);
  return inTransaction(ctx, async (tx) => {
    const held = await requireCorrespondence(tx, input.id);
    const message = held.message;
    const fulfilled = await actionFulfilledBy(tx, held);
    const outbox = await listOutboxOfCorrespondence(tx.db, tx.accountId, message.id);
    const sentByOutbox = outbox.some((o) => o.state === "sent");
    if (fulfilled && !input.confirm) {
      const what = await describeFulfilled(tx, held, fulfilled);
      throw new AppError(
        "CONFLICT",
        sentByOutbox
          ? `This message is ${what}: followthrough sent it, so deleting the message keeps that follow-up as sent. Confirm to delete.`
          : `This message is ${what}; deleting it puts that follow-up back in the plan. Confirm to delete.`,
        { field: "confirm", accepted: "confirm the delete" },
      );
    }
    const replyEvent = await findReplyEcho(tx, message);
    const entry: DeletedCorrespondenceEntry = {
      id: message.id,
      kind: "correspondence",
      label: describeMessage(message),
      record: { ...message, replyEvent, fulfilled, outboxIds: outbox.map((o) => o.id) },
      deletedAt: tx.now(),
    };
    // Nothing may point at the message once it is gone; the trash keeps where each link was.
    await linkOutboxToCorrespondence(tx.db, tx.accountId, entry.record.outboxIds, null);
    if (fulfilled)
      await updateAction(tx.db, tx.accountId, unlinked(fulfilled, sentByOutbox), tx.now());
    if (replyEvent) await deleteEvent(tx.db, tx.accountId, replyEvent.id);
    await deleteCorrespondenceRow(tx.db, tx.accountId, message.id);
    await putInTrash(tx.db, tx.accountId, entry);
    await replanCompany(tx, held.company.id);
    return entry;
  });
}

function unlinked(action: FollowUpAction, sentByOutbox: boolean): FollowUpAction {
  if (sentByOutbox) return { ...action, correspondenceId: null };
  // Open again, as planned: the re-plan right after gives it its window and why again.
  return { ...action, status: "planned", doneAt: null, correspondenceId: null };
}

/** "Message from them: “Next steps”" — what the record was, in words. */
function describeMessage(message: Correspondence): string {
  const words = message.subject ?? message.body.replace(/\s+/g, " ").trim();
  const shown = words.length > 60 ? `${words.slice(0, 59)}…` : words;
  const way = message.direction === "in" ? "from them" : "sent";
  return `Message ${way} (${message.channel})${shown ? `: “${shown}”` : ""}`;
}
