import type { DraftInput } from "./draft.types.js";
import type { ClaimField } from "./template/template-fields.js";

// Every claim a template can make about what happened, with the record that licenses it. A
// template makes a claim only inside its field's section ({{#claims.x}}…{{/claims.x}}); the field
// is set only when the licence is on record, so without it the sentence is left out and the
// draft's missing list says what to record (find-missing.ts). No claim is padded over by stock
// text (R19, R22): a draft never says what the records do not.

export const CLAIM_IDS = [
  "openings-posted",
  "follow-up-agreed",
  "decision-made",
  "reply-received",
  "message-sent",
  "next-round",
  "news-picked",
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

export interface Claim {
  /** The template field that holds the claim's licence (a sentence of what is on record). */
  field: ClaimField;
  /** The record that licenses the claim, in words. */
  licence: string;
  /** What a message says when it makes the claim; a draft without the licence holds none. */
  phrases: readonly string[];
  /** What is on record that licenses the claim, or null. */
  licensedBy: (input: DraftInput) => string | null;
  /** What to record to make the claim; null when no record kind holds it (it is never made). */
  toLicense: (who: string) => string | null;
}

export const CLAIMS: { readonly [K in ClaimId]: Claim } = {
  "openings-posted": {
    field: "claims.openingsPosted",
    licence:
      "postings on record from the company's careers board, by the company watch (R13, R17, R20)",
    phrases: ["has posted other openings", "newly posted", "I noticed that"],
    licensedBy: ({ watch, company }) => {
      const n = watch?.postings.length ?? 0;
      return n === 0
        ? null
        : `${company.name}'s careers board lists ${n === 1 ? "1 position" : `${n} positions`}`;
    },
    toLicense: () =>
      "Watch the company's careers page (watch add, or Add a source on the application) so the message can name its open positions (R17, R20).",
  },
  "follow-up-agreed": {
    field: "claims.followUpAgreed",
    licence: "the recipient's follow-up commitment at an interview (R4: followUpOn or followUpVia)",
    phrases: ["agreed that I could follow up", "agreed you could follow up", "you kindly agreed"],
    licensedBy: ({ contact, history }) => {
      const seat = history.participations.find(
        (p) => p.contactId === contact?.id && (p.followUpOn !== null || p.followUpVia !== null),
      );
      return seat === undefined || contact === null
        ? null
        : `${contact.name} agreed you could follow up${seat.followUpOn ? ` on ${seat.followUpOn}` : ""}`;
    },
    toLicense: (who) =>
      `Record that ${who} agreed you could follow up later (contact edit --interview … --follow-up-on) to say so (R4).`,
  },
  "decision-made": {
    field: "claims.decisionMade",
    licence: "a decision event on one of the application's interviews (R16, R17)",
    phrases: ["letting me know about your decision", "Thank you for choosing me"],
    licensedBy: ({ history, application }) => {
      const decision = history.events.findLast(
        (e) =>
          e.kind === "decision" &&
          (e.outcome === null || (e.outcome === "hired") === (application.status === "hired")),
      );
      return decision === undefined
        ? null
        : `the decision was recorded on ${decision.occurredAt.slice(0, 10)}`;
    },
    toLicense: () => "Record the decision (event decision) to thank them for it (R17).",
  },
  "reply-received": {
    field: "claims.replyReceived",
    licence: "a message from the recipient, or a reply or call event from them (R16, R25)",
    phrases: ["getting back to me", "your reply", "your message"],
    licensedBy: ({ contact, history }) => {
      if (contact === null) return null;
      const message = history.correspondence.some(
        (c) => c.direction === "in" && c.contactIds.includes(contact.id),
      );
      const event = history.events.some(
        (e) => (e.kind === "reply" || e.kind === "call") && e.contactId === contact.id,
      );
      return message || event ? `${contact.name} got back to you` : null;
    },
    // A courtesy for a reply that came; a check-in is usually sent because none did (R11).
    toLicense: () => null,
  },
  "message-sent": {
    field: "claims.messageSent",
    licence:
      "a message you sent the recipient, on record or as a follow-up marked sent or done (R14, R25)",
    phrases: ["my earlier message", "you wrote to follow up", "my last message"],
    licensedBy: ({ contact, history, action }) => {
      const wrote = history.correspondence.some(
        (c) => c.direction === "out" && (contact === null || c.contactIds.includes(contact.id)),
      );
      const followedUp = history.actions.some(
        (a) =>
          a.id !== action.id &&
          a.contactId === (contact?.id ?? null) &&
          a.channel !== "phone" &&
          a.channel !== "in-person" &&
          (a.status === "sent" || a.status === "done"),
      );
      return wrote || followedUp ? "you wrote to follow up before" : null;
    },
    toLicense: (who) =>
      `Record the follow-up you sent ${who} (log, or mark the check-in done) to refer to it (R14).`,
  },
  "next-round": {
    field: "claims.nextRound",
    licence: "a next-round event: the new interview is on record (R16)",
    phrases: ["the next round", "invitation to the next"],
    licensedBy: ({ history }) =>
      history.events.some((e) => e.kind === "next-round" && e.nextInterviewId !== null)
        ? "a next round is on record"
        : null,
    toLicense: () => "Record the next round (event next-round) to mention it (R16).",
  },
  "news-picked": {
    field: "claims.newsPicked",
    licence: "a news item of the company watch that the user picked for this check-in (R20)",
    phrases: ["glad to read", "news you read"],
    licensedBy: ({ watch, company }) =>
      watch?.news ? `you picked "${watch.news.title}" from ${company.name}'s news` : null,
    // Mentioning the company's news is the user's choice, never something a check-in lacks.
    toLicense: () => null,
  },
};

/** The claim fields of a draft's context: each one's licence, or null without it. */
export function claimFields(input: DraftInput): { readonly [F in ClaimField]: string | null } {
  const fields = {} as Record<ClaimField, string | null>;
  for (const id of CLAIM_IDS) fields[CLAIMS[id].field] = CLAIMS[id].licensedBy(input);
  return fields;
}
