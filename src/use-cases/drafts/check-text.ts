import { z } from "zod";
import type { CheckContext, Finding } from "../../core/checks/check.types.js";
import { listCompanies } from "../../store/repositories/company.repository.js";
import { listContacts } from "../../store/repositories/contact.repository.js";
import { listUserWords } from "../../store/repositories/user-word.repository.js";
import type { UseCaseContext } from "../context.js";
import { parseInput } from "../parse-input.js";
import { getProfile } from "../profile/get-profile.js";
import { channel, optionalText } from "../schemas.js";
import { composeActionDraft } from "./compose-action-draft.js";
import { runCheckDraft } from "./run-check-draft.js";

export const checkTextInput = z.object({
  text: z.string().max(100_000),
  /** With an action, the text is checked as that action's draft (its recipient, notes, colleagues). */
  actionId: optionalText(40),
  /** The channel whose rules apply (length, R19 for email only): the action's, else email. */
  channel: channel.optional(),
  subject: optionalText(500),
});
export type CheckTextInput = z.input<typeof checkTextInput>;

/** Proofreads a text the user wrote or edited (R21, R22, R19), with the records as dictionary. */
export async function checkText(ctx: UseCaseContext, raw: CheckTextInput): Promise<Finding[]> {
  const input = parseInput(checkTextInput, raw);
  let context: CheckContext;
  if (input.actionId) {
    const drafted = await actionCheckContext(ctx, input.actionId);
    // A channel given explicitly wins over the action's: the editor lets the user send a thank-you
    // as a card instead, and the recipient, notes and colleagues (R1, R7, R22) still apply.
    context = {
      ...drafted,
      channel: input.channel ?? drafted.channel,
      subject: input.subject ?? drafted.subject ?? null,
    };
  } else {
    const [contacts, companies, profile] = await Promise.all([
      listContacts(ctx.db, ctx.accountId),
      listCompanies(ctx.db, ctx.accountId),
      getProfile(ctx),
    ]);
    context = {
      channel: input.channel ?? "email",
      knownNames: [
        ...contacts.map((c) => c.name),
        ...companies.map((c) => c.name),
        ...(profile.name ? [profile.name] : []),
      ],
      userWords: profile.strengths.flatMap((s) => s.split(/[\s,/]+/)).filter(Boolean),
      subject: input.subject,
    };
  }
  // The user's own words, read on every check: "add to my words" counts from the next key on.
  const words = (await listUserWords(ctx.db, ctx.accountId)).map((w) => w.word);
  return runCheckDraft(input.text, {
    ...context,
    userWords: [...(context.userWords ?? []), ...words],
  });
}

// The editor checks on every pause in typing (issue 11: findings within 150 ms). Composing the
// action's draft for its context (recipient, colleagues' drafts for R7, notes) costs 30–100 ms, so
// the context is kept for CONTEXT_TTL_MS after it was composed: a change to the records shows in
// the checks at most that much later. Per process, per account and action, CONTEXT_CACHE_SIZE at most.
const CONTEXT_TTL_MS = 10_000;
const CONTEXT_CACHE_SIZE = 200;
const contexts = new Map<string, { context: CheckContext; until: number }>();

async function actionCheckContext(ctx: UseCaseContext, actionId: string): Promise<CheckContext> {
  const key = `${ctx.accountId}\u0000${actionId}`;
  const now = Date.now();
  const kept = contexts.get(key);
  if (kept !== undefined && kept.until > now) return kept.context;
  const { checkContext } = await composeActionDraft(ctx, actionId);
  contexts.delete(key);
  contexts.set(key, { context: checkContext, until: now + CONTEXT_TTL_MS });
  // A Map iterates in insertion order: the first key is the oldest.
  if (contexts.size > CONTEXT_CACHE_SIZE) contexts.delete(contexts.keys().next().value as string);
  return checkContext;
}
