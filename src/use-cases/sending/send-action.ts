import { z } from "zod";
import { channelNoun } from "../../core/domain/channel-words.js";
import { invalidInput, notFound } from "../../errors/app-error.js";
import { getAction } from "../../store/repositories/action.repository.js";
import {
  findOutboxByKey,
  getOutboxEntry,
  type OutboxEntry,
  requeueFailedEntry,
} from "../../store/repositories/outbox.repository.js";
import type { UseCaseContext } from "../context.js";
import { composeActionDraft } from "../drafts/compose-action-draft.js";
import { parseInput } from "../parse-input.js";
import { optionalText, text } from "../schemas.js";
import { actionOutboxKey, approveAndQueue } from "./approve-and-queue.js";
import { type DeliveryDeps, deliverNext } from "./deliver-next.js";

export const sendActionInput = z.object({ actionId: text(40), at: optionalText(40) });

export interface SendActionResult {
  entry: OutboxEntry;
  /** False when the action had been sent or queued before: nothing new was sent. */
  created: boolean;
  /** What the draft lacks, said so the user can improve the next one. */
  missing: string[];
}

/**
 * `send ACTION_ID`: approve the action's draft and send it now if it is due (else leave it to the
 * worker), returning once the state is recorded. A second call never sends a second message: it
 * returns the entry already there (a failed one is queued again, as nothing of it was accepted).
 */
export async function sendAction(
  ctx: UseCaseContext,
  deps: DeliveryDeps,
  raw: { actionId?: string; at?: string | null },
): Promise<SendActionResult> {
  const input = parseInput(sendActionInput, raw);
  const existing = await findOutboxByKey(ctx.db, ctx.accountId, actionOutboxKey(input.actionId));
  if (existing) {
    if (existing.state === "failed") {
      await requeueFailedEntry(ctx.db, ctx.accountId, existing.id, {
        nextAttemptAt: ctx.now(),
        now: ctx.now(),
      });
      return { entry: await deliverIfDue(ctx, deps, existing.id), created: false, missing: [] };
    }
    const entry =
      existing.state === "queued" ? await deliverIfDue(ctx, deps, existing.id) : existing;
    return { entry, created: false, missing: [] };
  }
  const action = await getAction(ctx.db, ctx.accountId, input.actionId);
  if (!action) throw notFound("follow-up action", "action");
  if (action.channel !== "email")
    throw invalidInput(
      "action",
      `Action ${action.id} is a ${action.channel} follow-up; only email is sent from here. Mark it done once you have done it.`,
      "an email action (see `followthrough agenda`)",
    );
  const { draft } = await composeActionDraft(ctx, action.id);
  if (draft.channel !== "email")
    throw invalidInput(
      "channel",
      `This follow-up's draft is written as ${channelNoun(draft.channel)}, so it is not sent from here. Switch it back to email to send it, or mark it done once you have sent it.`,
      "email (draft ACTION_ID --channel email)",
    );
  const queued = await approveAndQueue(ctx, {
    actionId: action.id,
    at: input.at,
    subject: draft.subject ?? "",
    body: draft.body,
  });
  const entry = await deliverIfDue(ctx, deps, queued.entry.id);
  return { entry, created: queued.created, missing: draft.missing };
}

async function deliverIfDue(
  ctx: UseCaseContext,
  deps: DeliveryDeps,
  id: string,
): Promise<OutboxEntry> {
  // Not due, or taken by a running worker: deliverNext claims nothing and the state is as stored.
  await deliverNext(ctx, deps, id);
  const entry = await getOutboxEntry(ctx.db, ctx.accountId, id);
  if (!entry) throw notFound("outbox entry");
  return entry;
}
