import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../src/errors/app-error.js";
import { updateCompany } from "../../src/use-cases/companies/update-company.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { logCorrespondence } from "../../src/use-cases/correspondence/log-correspondence.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { showInterview } from "../../src/use-cases/interviews/show-interview.js";
import {
  markActionDone,
  skipAction,
  snoozeAction,
} from "../../src/use-cases/planning/change-action-status.js";
import { getAgenda } from "../../src/use-cases/planning/get-agenda.js";
import { recordEvent } from "../../src/use-cases/planning/record-event.js";
import { replanAll } from "../../src/use-cases/planning/replan-all.js";
import { showPlan } from "../../src/use-cases/planning/show-plan.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { snapshotStore } from "../support/count-rows.js";
import { ANA_IN_CHICAGO } from "../support/profiles.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(STORE_KINDS)("planning through the use cases on %s", (kind) => {
  // Friday 20 November 2026, 17:00 in Chicago.
  const t = useTestStore(kind, "2026-11-20T23:00:00.000Z");
  beforeEach(async () => {
    await setProfile(t.ctx, ANA_IN_CHICAGO);
  });

  async function capture() {
    const { interview } = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
      timeline: "two weeks",
    });
    const dana = await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
      role: "hiring-manager",
    });
    const raj = await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Raj Patel",
      email: "raj@acme.example",
    });
    return { interview, dana, raj };
  }

  it("plans a thank-you per person and a check-in after the stated timeline (R6, R7, R11)", async () => {
    const { interview, dana, raj } = await capture();
    const plan = await showPlan(t.ctx, interview.id);
    const thanks = plan.filter((a) => a.kind === "thank-you-email");
    expect(thanks.map((a) => a.contactId).sort()).toEqual([dana.id, raj.id].sort());
    expect(thanks.every((a) => a.dueDate === "2026-11-20")).toBe(true);
    const checkIn = plan.find((a) => a.kind === "check-in");
    // "two weeks" from Friday 20 Nov is Friday 4 Dec; 1–2 business days later: Tuesday 8 Dec.
    expect(checkIn?.dueDate).toBe("2026-12-08");
    expect(checkIn?.rules).toContain("R11");
    expect(plan.every((a) => a.why.length > 0 && a.rules.length > 0)).toBe(true);
  });

  it("re-planning is idempotent: the same ids, no duplicates", async () => {
    const { interview } = await capture();
    const before = await showPlan(t.ctx, interview.id);
    await replanAll(t.ctx);
    await replanAll(t.ctx);
    const after = await showPlan(t.ctx, interview.id);
    expect(after).toEqual(before);
  });

  it("keeps a done action done across re-plans and later clocks (R25)", async () => {
    const { interview, dana } = await capture();
    const thanks = (await showPlan(t.ctx, interview.id)).find(
      (a) => a.kind === "thank-you-email" && a.contactId === dana.id,
    );
    if (!thanks) throw new Error("no thank-you planned");
    const done = await markActionDone(t.ctx, thanks.id);
    expect(done.status).toBe("done");
    expect(done.doneAt).toBe("2026-11-20T23:00:00.000Z");
    t.clock.now = "2027-03-01T12:00:00.000Z";
    await replanAll(t.ctx);
    const again = (await showPlan(t.ctx, interview.id)).find((a) => a.id === thanks.id);
    expect(again?.status).toBe("done");
    expect(again?.doneAt).toBe("2026-11-20T23:00:00.000Z");
    const error = await failure(snoozeAction(t.ctx, thanks.id, { until: "2027-04-01" }));
    expect(error.code).toBe("CONFLICT");
  });

  it("a reply moves the pending check-in a week past it (R16), and the agenda follows", async () => {
    const { interview, dana } = await capture();
    const checkIn = (await showPlan(t.ctx, interview.id)).find((a) => a.kind === "check-in");
    expect(checkIn?.dueDate).toBe("2026-12-08");
    // Monday 7 December: Dana answers ("still deciding"), the day before the check-in.
    t.clock.now = "2026-12-07T16:00:00.000Z";
    await recordEvent(t.ctx, { kind: "reply", interviewId: interview.id, contactId: dana.id });
    const open = (await showPlan(t.ctx, interview.id)).filter(
      (a) => a.status === "planned" && ["check-in", "reminder"].includes(a.kind),
    );
    expect(open.length).toBeGreaterThan(0);
    // Nothing nudges within a week of her answer: the earliest is Monday 14 December.
    expect(open.every((a) => a.dueDate >= "2026-12-14")).toBe(true);
    const agenda = await getAgenda(t.ctx, 14);
    const listed = [...agenda.overdue, ...agenda.dueToday, ...agenda.upcoming].map((r) => r.action);
    expect(listed.some((a) => a.kind === "check-in" && a.dueDate === "2026-12-08")).toBe(false);
  });

  it("an email logged to a person fulfils their open thank-you (R25, R26)", async () => {
    const { interview, dana, raj } = await capture();
    const mail = await logCorrespondence(t.ctx, {
      interviewId: interview.id,
      direction: "out",
      channel: "email",
      contactIds: [dana.id],
      subject: "Thank you",
      body: "Dear Dana, …",
    });
    const plan = await showPlan(t.ctx, interview.id);
    const thanksDana = plan.find((a) => a.kind === "thank-you-email" && a.contactId === dana.id);
    const thanksRaj = plan.find((a) => a.kind === "thank-you-email" && a.contactId === raj.id);
    expect(thanksDana).toMatchObject({ status: "sent", correspondenceId: mail.id });
    expect(mail.actionId).toBe(thanksDana?.id);
    expect(thanksRaj?.status).toBe("planned");
  });

  it("a company's own holidays move its check-in (R11 on the employer's business days)", async () => {
    const { interview } = await addInterview(t.ctx, {
      company: "Bristol Ltd",
      role: "Analyst",
      at: "2026-12-10T10:00",
      timeZone: "Europe/London",
      timeline: "2026-12-24",
    });
    await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Olivia Hart",
      email: "olivia@bristol.example",
      role: "hiring-manager",
    });
    const due = async () =>
      (await showPlan(t.ctx, interview.id)).find((a) => a.kind === "check-in")?.dueDate;
    // US calendar (the profile's): Fri 25 Dec is Christmas → opens Mon 28, due Tue 29.
    expect(await due()).toBe("2026-12-29");
    await updateCompany(t.ctx, { company: "Bristol Ltd", country: "GB", region: "ENG" });
    // England: Boxing Day falls on a Saturday, so Mon 28 is a bank holiday → opens Tue 29, due Wed 30.
    expect(await due()).toBe("2026-12-30");
    expect(
      (await failure(updateCompany(t.ctx, { company: "Bristol Ltd", country: "XX" }))).field,
    ).toBe("country");
    expect((await failure(updateCompany(t.ctx, { company: "Nobody Inc" }))).code).toBe("NOT_FOUND");
  });

  it("incoming correspondence counts as a reply (R16, R25)", async () => {
    const { interview, dana } = await capture();
    t.clock.now = "2026-11-24T16:00:00.000Z";
    await logCorrespondence(t.ctx, {
      interviewId: interview.id,
      direction: "in",
      channel: "email",
      contactIds: [dana.id],
      subject: "Re: Thank you",
      body: "Thanks Ana!",
    });
    const detail = await showInterview(t.ctx, interview.id);
    expect(detail.events.map((e) => e.kind)).toEqual(["reply"]);
  });

  it("a rejection plans thanks, an open-positions inquiry and a long-range check-in (R17)", async () => {
    const { interview } = await capture();
    t.clock.now = "2026-12-02T16:00:00.000Z";
    await recordEvent(t.ctx, { kind: "decision", interviewId: interview.id, outcome: "rejected" });
    const kinds = (await showPlan(t.ctx, interview.id))
      .filter((a) => a.status === "planned")
      .map((a) => a.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "post-decision-thanks",
        "open-positions-inquiry",
        "long-range-check-in",
      ]),
    );
    expect(kinds).not.toContain("check-in");
    const detail = await showInterview(t.ctx, interview.id);
    expect(detail.application.status).toBe("rejected");
  });

  it("after 'not hired', the card and the summary letter not yet posted are cancelled and leave Today (R17)", async () => {
    await setProfile(t.ctx, { sendCard: true, summaryLetter: true });
    const { interview } = await capture();
    const post = ["thank-you-card", "summary-letter"];
    expect((await showPlan(t.ctx, interview.id)).filter((a) => post.includes(a.kind))).toHaveLength(
      3,
    );
    // Wednesday 2 December: the card and the letter are overdue, then the rejection comes.
    t.clock.now = "2026-12-02T16:00:00.000Z";
    await recordEvent(t.ctx, { kind: "decision", interviewId: interview.id, outcome: "rejected" });
    const plan = await showPlan(t.ctx, interview.id);
    expect(plan.filter((a) => post.includes(a.kind))).toEqual([]);
    const thanks = plan.find((a) => a.kind === "post-decision-thanks");
    expect(thanks?.channel).toBe("card");
    expect(thanks?.why).toContain("takes the place of the cards and the summary letter");
    const agenda = await getAgenda(t.ctx, 14);
    const listed = [...agenda.overdue, ...agenda.dueToday, ...agenda.upcoming].map((r) => r.action);
    expect(listed.filter((a) => post.includes(a.kind))).toEqual([]);
  });

  it("keeps timeline words it cannot read (R3); the check-in assumes 10 days and says so (R11)", async () => {
    const { interview } = await addInterview(t.ctx, {
      company: "Acme",
      role: "Analyst",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
      timeline: "hmm, they were vague",
    });
    expect(interview).toMatchObject({ timelineText: "hmm, they were vague", timelineDate: null });
    await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
      role: "hiring-manager",
    });
    // Fri 20 Nov + 10 days = Mon 30 Nov → opens Tue 1 Dec, due Wed 2 Dec.
    const checkIn = (await showPlan(t.ctx, interview.id)).find((a) => a.kind === "check-in");
    expect(checkIn?.dueDate).toBe("2026-12-02");
    expect(checkIn?.why).toBe(
      'R11: you were told "hmm, they were vague", which gives no date, so assume 10 days (to Mon 30 Nov) and check in with Dana Whitfield by email 1–2 business days later — sources 001, 003; once you know the date, correct the timeline and the check-in moves with it.',
    );
    // The next round's timeline is kept the same way.
    t.clock.now = "2026-11-25T16:00:00.000Z";
    const { nextInterview } = await recordEvent(t.ctx, {
      kind: "next-round",
      interviewId: interview.id,
      nextAt: "2026-12-03T10:00",
      nextTimeline: "they'll see",
    });
    expect(nextInterview).toMatchObject({ timelineText: "they'll see", timelineDate: null });
    const next = await showInterview(t.ctx, nextInterview?.id as string);
    expect(next.interview).toMatchObject({ timelineText: "they'll see", timelineDate: null });
  });

  it("a next round is a new interview with its own plan (R16)", async () => {
    const { interview } = await capture();
    t.clock.now = "2026-11-25T16:00:00.000Z";
    const { nextInterview } = await recordEvent(t.ctx, {
      kind: "next-round",
      interviewId: interview.id,
      nextAt: "2026-12-03T10:00",
      nextTimeZone: "America/Chicago",
    });
    expect(nextInterview?.round).toBe(2);
    const next = await showInterview(t.ctx, nextInterview?.id as string);
    expect(next.interview.startsAt).toBe("2026-12-03T16:00:00.000Z");
  });

  it("skips with a reason and snoozes to a later day", async () => {
    const { interview, raj } = await capture();
    const plan = await showPlan(t.ctx, interview.id);
    const thanksRaj = plan.find((a) => a.kind === "thank-you-email" && a.contactId === raj.id);
    const checkIn = plan.find((a) => a.kind === "check-in");
    const skipped = await skipAction(t.ctx, thanksRaj?.id as string, {
      reason: "Raj said no emails please",
    });
    expect(skipped).toMatchObject({ status: "skipped", skipReason: "Raj said no emails please" });
    const snoozed = await snoozeAction(t.ctx, checkIn?.id as string, { until: "2026-12-14" });
    // 09:00 on 14 December in Chicago, when the working day starts there.
    expect(snoozed.snoozedUntil).toBe("2026-12-14T15:00:00.000Z");
    expect(snoozed.dueDate >= "2026-12-14").toBe(true);
  });

  it("refuses bad events and status changes, changing nothing", async () => {
    const { interview } = await capture();
    const before = await snapshotStore(t.store);
    expect(
      (
        await failure(
          recordEvent(t.ctx, { kind: "decision", interviewId: "iv_unknown", outcome: "hired" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await failure(
          recordEvent(t.ctx, {
            kind: "decision",
            interviewId: interview.id,
            outcome: "maybe" as "hired",
          }),
        )
      ).field,
    ).toBe("outcome");
    expect((await failure(markActionDone(t.ctx, "act_unknown"))).code).toBe("NOT_FOUND");
    expect((await failure(skipAction(t.ctx, "act_unknown", { reason: "" }))).field).toBe("reason");
    const anAction = (await showPlan(t.ctx, interview.id))[0];
    expect(
      (await failure(snoozeAction(t.ctx, anAction?.id as string, { until: "2026-02-30" }))).field,
    ).toBe("until");
    expect(
      (
        await failure(
          addInterview(t.ctx, {
            company: "Acme",
            role: "X",
            at: "2026-11-20T10:00",
            timeZone: "UTC",
            // Readable, but before the interview (Fri 20 Nov): a mistake to fix, not words to keep.
            timeline: "2026-11-01",
          }),
        )
      ).field,
    ).toBe("timeline");
    expect(await snapshotStore(t.store)).toEqual(before);
  });
});
