import { DateTime } from "luxon";
import { buildRawMessage, makeMessageId } from "../../delivery/smtp/build-raw-message.js";
import { newId } from "../../shared/new-id.js";
import type { AgendaRow } from "../../store/repositories/action.repository.js";
import {
  findOutboxByKey,
  insertOutboxEntry,
  type OutboxEntry,
} from "../../store/repositories/outbox.repository.js";
import { findSmtpSettings } from "../../store/repositories/smtp-settings.repository.js";
import type { UseCaseContext } from "../context.js";
import { getAgenda } from "../planning/get-agenda.js";
import { getProfile } from "../profile/get-profile.js";

/**
 * The optional morning digest (R26: the day's agenda in the user's own inbox): once the user's
 * local clock passes the digest hour, one email to the user per day, keyed `digest:<date>` so any
 * number of workers queue it once. Nothing is queued when nothing is due or overdue.
 */
export async function queueMorningDigest(ctx: UseCaseContext): Promise<OutboxEntry | null> {
  const settings = await findSmtpSettings(ctx.db, ctx.accountId);
  if (!settings?.digestEnabled) return null;
  const profile = await getProfile(ctx);
  const to = profile.email;
  const from = settings.fromAddress ?? profile.email;
  if (!to || !from) return null;
  const local = DateTime.fromISO(ctx.now(), { zone: profile.timeZone });
  if (local.hour < settings.digestHour) return null;
  const today = local.toISODate() as string;
  const key = `digest:${today}`;
  if (await findOutboxByKey(ctx.db, ctx.accountId, key)) return null;
  const agenda = await getAgenda(ctx, 7);
  if (agenda.overdue.length === 0 && agenda.dueToday.length === 0) return null;

  const subject = `followthrough: ${agenda.dueToday.length} due today, ${agenda.overdue.length} overdue (${today})`;
  const body = [
    section("Overdue", agenda.overdue),
    section("Due today", agenda.dueToday),
    section("Coming up this week", agenda.upcoming),
    "Send one with `followthrough send ACTION_ID`.",
  ]
    .filter((s) => s !== "")
    .join("\n\n");
  const now = ctx.now();
  const messageId = makeMessageId(from);
  const entry: OutboxEntry = {
    id: newId("ob"),
    accountId: ctx.accountId,
    idempotencyKey: key,
    actionId: null,
    kind: "digest",
    messageId,
    fromAddress: from,
    toAddress: to,
    subject,
    body,
    raw: buildRawMessage({
      fromAddress: from,
      fromName: "followthrough",
      toAddress: to,
      toName: profile.name,
      subject,
      body,
      messageId,
      date: now,
      timeZone: profile.timeZone,
    }),
    state: "queued",
    attempts: 0,
    sendAt: now,
    nextAttemptAt: now,
    lockedBy: null,
    lockedUntil: null,
    lastError: null,
    smtpResponse: null,
    sentAt: null,
    correspondenceId: null,
    createdAt: now,
    updatedAt: now,
  };
  return (await insertOutboxEntry(ctx.db, entry)) ? entry : null;
}

function section(title: string, rows: AgendaRow[]): string {
  if (rows.length === 0) return "";
  const lines = rows.map(
    (r) =>
      `- ${r.action.dueDate}  ${r.action.kind}${r.contactName ? ` to ${r.contactName}` : ""} (${r.companyName}, ${r.role}) via ${r.action.channel} — ${r.action.id}`,
  );
  return `${title}:\n${lines.join("\n")}`;
}
