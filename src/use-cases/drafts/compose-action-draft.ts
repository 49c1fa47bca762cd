import type { CheckContext, Finding } from "../../core/checks/check.types.js";
import { composeDraft } from "../../core/drafts/compose-draft.js";
import type { Draft, DraftInput } from "../../core/drafts/draft.types.js";
import type { UseCaseContext } from "../context.js";
import { loadDraftInput } from "./load-draft-input.js";
import { runCheckDraft } from "./run-check-draft.js";

export interface ActionDraft {
  draft: Draft;
  /** The checks of the draft as written (R21, R22, R19, R7). */
  findings: Finding[];
  /** What the checker knows, so an editor can re-check the user's edits the same way. */
  checkContext: CheckContext;
  input: DraftInput;
}

/** The draft of one planned follow-up, written from the user's own notes, and its findings. */
export async function composeActionDraft(
  ctx: UseCaseContext,
  actionId: string,
): Promise<ActionDraft> {
  const { input, siblings } = await loadDraftInput(ctx, actionId);
  const draft = composeDraft(input);
  const siblingDrafts = siblings
    .filter((s) => s.contactId !== null && s.contactId !== input.action.contactId)
    .map(
      (s) =>
        composeDraft({
          ...input,
          action: s,
          contact: input.otherContacts.find((c) => c.id === s.contactId) ?? null,
        }).body,
    );
  const checkContext = checkContextOf(input, draft, siblingDrafts);
  const findings = await runCheckDraft(draft.body, checkContext);
  return { draft, findings, checkContext, input };
}

export function checkContextOf(
  input: DraftInput,
  draft: Pick<Draft, "channel" | "subject">,
  siblingDrafts: string[],
): CheckContext {
  const knownNames = [
    input.company.name,
    ...(input.contact ? [input.contact.name] : []),
    ...input.otherContacts.map((c) => c.name),
    ...(input.profile.name ? [input.profile.name] : []),
  ];
  return {
    channel: draft.channel,
    recipientName: input.contact?.name ?? null,
    knownNames,
    userWords: [...input.profile.strengths, input.application.role, input.interview.location ?? ""]
      .flatMap((s) => s.split(/[\s,/]+/))
      .filter(Boolean),
    siblingDrafts,
    notes: input.notes,
    subject: draft.subject,
  };
}
