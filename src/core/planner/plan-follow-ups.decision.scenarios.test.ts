// R17 scenarios: a plan that fits the outcome. Interview: Friday 6 November 2026, 14:00 in New
// York (EST, UTC−5), with a hiring manager, a recruiter and an interviewer (test-facts' panel).
import { describe, expect, it } from "vitest";
import type { ActionKind, FollowUpAction } from "../domain/types.js";
import { planFollowUps } from "./plan-follow-ups.js";
import { event, facts, panel, person, settle } from "./test-facts.js";

// Monday 16 November 2026, 11:00 in New York: the decision; the plan is made an hour later.
const DECIDED_AT = "2026-11-16T16:00:00.000Z";
const LATER = "2026-11-16T17:00:00.000Z";

function decided(outcome: "hired" | "rejected", contactId: string | null = null) {
  return event({ kind: "decision", outcome, contactId, occurredAt: DECIDED_AT });
}

function ofKind(plan: FollowUpAction[], kind: ActionKind): FollowUpAction[] {
  return plan.filter((a) => a.kind === kind);
}

describe("R17 + R8/R10: after 'not hired', the post that no longer fits leaves the plan", () => {
  const post = { sendCard: true, summaryLetter: true };
  const before = planFollowUps(facts({ interview: post }), "2026-11-06T23:00:00.000Z");

  it("before the decision the cards (R8) and the letter (R10) are planned", () => {
    expect(ofKind(before, "thank-you-card")).toHaveLength(3);
    expect(ofKind(before, "summary-letter")).toHaveLength(1);
  });

  it("after it, none of them is pending; the R17 note goes by card instead, posted by Tue 17", () => {
    const plan = planFollowUps(
      facts({
        interview: post,
        history: { actions: before, events: [decided("rejected", "con_rec")] },
      }),
      LATER,
    );
    expect(ofKind(plan, "thank-you-card")).toEqual([]);
    expect(ofKind(plan, "summary-letter")).toEqual([]);
    // R6 "better late than never": the thank-you emails stay.
    expect(ofKind(plan, "thank-you-email")).toHaveLength(3);
    const [thanks, ...others] = ofKind(plan, "post-decision-thanks");
    expect(others).toEqual([]);
    expect(thanks).toMatchObject({
      contactId: "con_rec",
      channel: "card",
      dueDate: "2026-11-17",
      rules: ["R17"],
    });
    expect(thanks?.window.due).toBe("2026-11-17T16:00:00.000-05:00");
    expect(thanks?.why).toBe(
      "R17: not hired this time, but thank Raj Evans for the opportunity with a card posted by 2026-11-17 — the contact stays valuable — sources 001, 002; it takes the place of the cards and the summary letter restating your strengths not yet posted, which no longer fit now that they have decided.",
    );
  });

  it("a card already posted stays as it was (R25); only the ones not posted give way", () => {
    const posted = before
      .filter((a) => a.kind === "thank-you-card" && a.contactId !== "con_rec")
      .map((a) => settle(a, "sent", "2026-11-09T15:00:00.000Z"));
    const letter = before.filter((a) => a.kind === "summary-letter");
    const plan = planFollowUps(
      facts({
        interview: { sendCard: true, summaryLetter: false },
        history: { actions: [...posted, ...letter], events: [decided("rejected", "con_rec")] },
      }),
      LATER,
    );
    expect(ofKind(plan, "thank-you-card")).toEqual(posted);
    expect(ofKind(plan, "post-decision-thanks")[0]?.why).toMatch(
      /; it takes the place of the card not yet posted, which no longer fits now that they have decided\.$/,
    );
  });

  it("without cards or a letter, the R17 note is an email and says nothing of them", () => {
    const plan = planFollowUps(
      facts({ history: { events: [decided("rejected", "con_rec")] } }),
      LATER,
    );
    const thanks = ofKind(plan, "post-decision-thanks")[0];
    expect(thanks?.channel).toBe("email");
    expect(thanks?.window.due).toBe("2026-11-17T10:00:00.000-05:00");
    expect(thanks?.why).toBe(
      "R17: not hired this time, but thank Raj Evans for the opportunity by email — the contact stays valuable — sources 001, 002.",
    );
  });
});

describe("R17: after an offer, cards to the hiring manager and the direct supervisor (001)", () => {
  it("one card each, posted by Tue 17; the summary letter restating strengths is dropped", () => {
    const people = [...panel(), person("con_sup", { name: "Sam Ortiz", role: "supervisor" })];
    const plan = planFollowUps(
      facts({
        participants: people,
        interview: { summaryLetter: true },
        history: { events: [decided("hired", "con_rec")] },
      }),
      LATER,
    );
    expect(ofKind(plan, "summary-letter")).toEqual([]);
    const cards = ofKind(plan, "post-decision-thanks");
    expect(cards.map((a) => [a.contactId, a.channel, a.window.due])).toEqual([
      ["con_hm", "card", "2026-11-17T16:00:00.000-05:00"],
      ["con_sup", "card", "2026-11-17T16:00:00.000-05:00"],
    ]);
    expect(cards.map((a) => a.why)).toEqual([
      "R17: you got the job, so post Hana Moreau (the hiring manager) a card by 2026-11-17 thanking them for choosing you — source 001; it takes the place of the summary letter restating your strengths not yet posted, which no longer fits now that they have decided.",
      "R17: you got the job, so post Sam Ortiz (your direct supervisor) a card by 2026-11-17 thanking them for choosing you — source 001.",
    ]);
    // Nothing more to chase: no check-in, reminder, inquiry or move-on.
    expect(plan.filter((a) => a.status === "planned").map((a) => a.kind)).toEqual([
      "thank-you-email",
      "thank-you-email",
      "thank-you-email",
      "thank-you-email",
      "post-decision-thanks",
      "post-decision-thanks",
    ]);
  });

  it("neither on the interview: the card goes to the main contact, and the why says who is missing", () => {
    const plan = planFollowUps(
      facts({
        participants: [person("con_rec", { name: "Raj Evans", role: "recruiter" }), person("i")],
        history: { events: [decided("hired")] },
      }),
      LATER,
    );
    const cards = ofKind(plan, "post-decision-thanks");
    expect(cards.map((a) => a.contactId)).toEqual(["con_rec"]);
    expect(cards[0]?.why).toBe(
      "R17: you got the job, so post Raj Evans a card by 2026-11-17 thanking them for choosing you — source 001; neither the hiring manager nor your direct supervisor is on this interview — add them to thank them too.",
    );
  });
});
