import { z } from "zod";
import type { CheckContext, Finding } from "../../core/checks/check.types.js";
import { listCompanies } from "../../store/repositories/company.repository.js";
import { listContacts } from "../../store/repositories/contact.repository.js";
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
    const drafted = await composeActionDraft(ctx, input.actionId);
    // A channel given explicitly wins over the action's: the editor lets the user send a thank-you
    // as a card instead, and the recipient, notes and colleagues (R1, R7, R22) still apply.
    context = {
      ...drafted.checkContext,
      channel: input.channel ?? drafted.checkContext.channel,
      subject: input.subject ?? drafted.checkContext.subject ?? null,
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
  return runCheckDraft(input.text, context);
}
