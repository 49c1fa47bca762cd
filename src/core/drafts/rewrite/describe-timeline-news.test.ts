import { describe, expect, it } from "vitest";
import type { InterviewEvent } from "../../domain/types.js";
import { DANA, INTERVIEW, MEI } from "../draft-fixtures.js";
import { describeTimelineNews } from "./describe-timeline-news.js";

function reply(fields: Partial<InterviewEvent>): InterviewEvent {
  return {
    id: "e1",
    interviewId: INTERVIEW.id,
    contactId: DANA.id,
    kind: "reply",
    outcome: null,
    occurredAt: "2026-11-24T17:00:00.000Z",
    nextInterviewId: null,
    note: null,
    timelineText: "by the 4th",
    timelineDate: "2026-12-04",
    createdAt: "2026-11-24T17:00:00.000Z",
    ...fields,
  };
}

const BASE = {
  interviewId: INTERVIEW.id,
  reader: DANA,
  people: [DANA, MEI],
  today: "2026-12-07",
  timeZone: "America/Los_Angeles",
  order: "month-first" as const,
};

describe("describeTimelineNews: the latest word on when they decide (R11, R16)", () => {
  it("speaks to the reader who sent it, by how it came", () => {
    expect(describeTimelineNews({ ...BASE, events: [reply({})] })).toBe(
      "When you wrote on November 24, you planned to decide by Friday, December 4",
    );
    expect(describeTimelineNews({ ...BASE, events: [reply({ kind: "call" })] })).toBe(
      "When we spoke on November 24, you planned to decide by Friday, December 4",
    );
  });

  it("names the colleague who sent it, and takes the latest news", () => {
    const older = reply({
      id: "e0",
      occurredAt: "2026-11-20T17:00:00.000Z",
      timelineDate: "2026-11-27",
    });
    const events = [reply({ contactId: MEI.id }), older];
    expect(describeTimelineNews({ ...BASE, order: "day-first", events })).toBe(
      "Mei O'Connell let me know on 24 November that you planned to decide by Friday 4 December",
    );
  });

  it("holds nothing without a dated reply or call on this interview", () => {
    const events = [
      reply({ timelineDate: null, timelineText: null }),
      reply({ interviewId: "another" }),
      reply({ kind: "decision", outcome: "rejected" }),
    ];
    expect(describeTimelineNews({ ...BASE, events })).toBeNull();
  });
});
