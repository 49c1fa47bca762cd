import type { CheckContext, Finding } from "../../core/checks/check.types.js";
import type { Channel } from "../../core/domain/types.js";
import { composeDraft } from "../../core/drafts/compose-draft.js";
import type { Draft, DraftInput } from "../../core/drafts/draft.types.js";
import { draftChannelsOf } from "../../core/drafts/draft-channels.js";
import { listCorrespondenceOfApplications } from "../../store/repositories/correspondence.repository.js";
import {
  listDraftEditsOfActions,
  type SavedDraftEdits,
} from "../../store/repositories/draft-edits.repository.js";
import { findOutboxByKey, type OutboxState } from "../../store/repositories/outbox.repository.js";
import { listUserWords } from "../../store/repositories/user-word.repository.js";
import type { UseCaseContext } from "../context.js";
import { actionOutboxKey } from "../sending/approve-and-queue.js";
import { type DraftNews, loadDraftInput } from "./load-draft-input.js";
import { runCheckDraft } from "./run-check-draft.js";

/** What went out for an action, or is queued to: on record, read-only. */
export interface SentText {
  /** `sent`/`done`: kept as correspondence (R25); otherwise the outbox message's state. */
  state: "sent" | "done" | Exclude<OutboxState, "sent">;
  /** When it went out; for a message still in the outbox, when it is to go. */
  at: string | null;
  /** To whom, as a person reads it: "Dana Whitfield <dana@acme.example>". */
  to: string | null;
}

export interface ActionDraft {
  /** The text to show: the user's saved edits, else the composed one; for a sent action, what went out. */
  draft: Draft;
  /** The checks of the draft as written (R21, R22, R19, R7); none for a text already sent. */
  findings: Finding[];
  /** What the checker knows, so an editor can re-check the user's edits the same way. */
  checkContext: CheckContext;
  /** The input the draft was written from; its action keeps the planned channel. */
  input: DraftInput;
  /** The channels the draft can be switched to (switchDraftChannel), the planned one first. */
  channels: Channel[];
  /** True when the text is the user's own, as last saved (see saveDraftEdits). */
  edited: boolean;
  /** The revision of the saved edits (0: never saved): a save sends back the one it saw. */
  revision: number;
  savedAt: string | null;
  /** Set once the action's message is on record or in the outbox: `draft` is then that text. */
  sent: SentText | null;
  /** The company's news this check-in may mention, and the pick (R20); no choices once sent. */
  news: DraftNews;
}

/**
 * The draft of one planned follow-up: the user's saved text when there is one, else written from
 * their own notes, with its findings. Once the message went out (or is queued) it is that text,
 * never a fresh composition, since the records may have changed since.
 */
export async function composeActionDraft(
  ctx: UseCaseContext,
  actionId: string,
): Promise<ActionDraft> {
  const { input, siblings, news } = await loadDraftInput(ctx, actionId);
  const channels = draftChannelsOf(input.action);
  const sent = await sentTextOf(ctx, input);
  const edits = sent
    ? []
    : await listDraftEditsOfActions(ctx.db, ctx.accountId, [
        input.action.id,
        ...siblings.map((s) => s.id),
      ]);
  const editsOf = (id: string) => edits.find((e) => e.actionId === id) ?? null;
  const saved = editsOf(input.action.id);
  // The channel the user switched the draft to, while the action's kind still allows it.
  const chosen = saved?.channel ?? null;
  const channel = chosen !== null && channels.includes(chosen) ? chosen : input.action.channel;
  const composed = composeDraft({ ...input, action: { ...input.action, channel } });
  if (sent) {
    const draft: Draft = {
      ...composed,
      channel: sent.channel,
      subject: sent.subject,
      body: sent.body,
      to: sent.view.to,
      missing: [],
    };
    return {
      draft,
      findings: [],
      checkContext: checkContextOf(input, draft, []),
      input,
      channels: [sent.channel],
      edited: false,
      revision: 0,
      savedAt: null,
      sent: sent.view,
      news: { pickedId: news.pickedId, choices: [] },
    };
  }
  const draft = withEdits(composed, saved);
  // Colleagues' notes as the user has them now, edits included (R7: not copies of each other).
  const siblingDrafts = siblings
    .filter((s) => s.contactId !== null && s.contactId !== input.action.contactId)
    .map(
      (s) =>
        withEdits(
          composeDraft({
            ...input,
            action: s,
            contact: input.otherContacts.find((c) => c.id === s.contactId) ?? null,
          }),
          editsOf(s.id),
        ).body,
    );
  const checkContext = checkContextOf(input, draft, siblingDrafts);
  // The user's own words ("add to my words", issue 11) are never misspellings.
  checkContext.userWords = [
    ...(checkContext.userWords ?? []),
    ...(await listUserWords(ctx.db, ctx.accountId)).map((w) => w.word),
  ];
  const findings = await runCheckDraft(draft.body, checkContext);
  return {
    draft,
    findings,
    checkContext,
    input,
    channels,
    edited: isEdited(saved),
    revision: saved?.revision ?? 0,
    savedAt: saved?.updatedAt ?? null,
    sent: null,
    news,
  };
}

/** Whether saved edits change anything (after "back to the suggested text" they do not). */
export function isEdited(saved: SavedDraftEdits | null): boolean {
  return saved !== null && (saved.ownSubject || saved.body !== null);
}

function withEdits(draft: Draft, saved: SavedDraftEdits | null): Draft {
  if (!saved) return draft;
  return {
    ...draft,
    subject: saved.ownSubject ? saved.subject : draft.subject,
    body: saved.body ?? draft.body,
  };
}

interface SentMessageText {
  channel: Channel;
  subject: string | null;
  body: string;
  view: SentText;
}

/** The message on record for the action (R25), else the one in the outbox, else none. */
async function sentTextOf(ctx: UseCaseContext, input: DraftInput): Promise<SentMessageText | null> {
  const { action } = input;
  const people = [...(input.contact ? [input.contact] : []), ...input.otherContacts];
  const named = (contactIds: string[]) =>
    contactIds.map((id) => people.find((p) => p.id === id)).filter((p) => p !== undefined);
  if (action.correspondenceId) {
    const all = await listCorrespondenceOfApplications(ctx.db, ctx.accountId, [
      input.application.id,
    ]);
    const entry = all.find((c) => c.id === action.correspondenceId);
    if (entry)
      return {
        channel: entry.channel,
        subject: entry.subject,
        body: entry.body,
        view: {
          state: action.status === "done" ? "done" : "sent",
          at: entry.occurredAt,
          to:
            named(entry.contactIds)
              .map((p) => (p.email ? `${p.name} <${p.email}>` : p.name))
              .join(", ") || null,
        },
      };
  }
  const queued = await findOutboxByKey(ctx.db, ctx.accountId, actionOutboxKey(action.id));
  if (!queued) return null;
  return {
    channel: "email",
    subject: queued.subject,
    body: queued.body,
    view: {
      state: queued.state === "sent" ? "sent" : queued.state,
      at: queued.sentAt ?? queued.sendAt,
      to: input.contact ? `${input.contact.name} <${queued.toAddress}>` : queued.toAddress,
    },
  };
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
    // The records' words are the user's own: tools and products named in the notes ("dbt",
    // "Anaplan") are never misspellings (issue 11).
    noteWords: [
      ...input.notes.map((note) => note.text),
      // The titles of the postings and news the draft names are the company's own words.
      ...(input.watch?.postings ?? []).map((p) => p.title),
      ...(input.watch?.news ? [input.watch.news.title] : []),
      // A letter's address blocks are the records' words too ("Kanaalweg", "Straße").
      ...[input.profile.postalAddress, input.contact?.postalAddress].filter(
        (address): address is string => typeof address === "string",
      ),
    ],
    siblingDrafts,
    // R22 judges a message against what it could have used: the reader's notes and the
    // interview's own; a person with none gets a missing-note hint, not a "generic" finding.
    notes: input.notes.filter(
      (note) => note.contactId === null || note.contactId === (input.contact?.id ?? null),
    ),
    subject: draft.subject,
  };
}
