import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkDraft } from "../../checks/check-draft.js";
import type { ActionKind, Channel, Contact, Note } from "../../domain/types.js";
import { answerEmployerQuestion } from "../answer-employer-question.js";
import { composeDraft } from "../compose-draft.js";
import {
  APPLICATION,
  COMPANY,
  DANA,
  draftInput,
  INTERVIEW,
  MEI,
  PROFILE,
  RAJ,
} from "../draft-fixtures.js";

// Notes jotted the way people jot them right after an interview (issue 11): about the person in
// the third person, fragments, shorthand. The drafts must read in the reader's voice.
function note(id: string, contactId: string | null, kind: Note["kind"], text: string): Note {
  return { id, interviewId: INTERVIEW.id, contactId, kind, text, createdAt: INTERVIEW.createdAt };
}

const JOTTED: Note[] = [
  note(
    "j1",
    DANA.id,
    "highlight",
    "Her team is moving the nightly batch jobs to Kafka streaming next yr.",
  ),
  note("j2", DANA.id, "highlight", "dbt migration, q3"),
  note("j3", DANA.id, "qualification", "asked about my dbt experience"),
  note(
    "j4",
    DANA.id,
    "personal-interest",
    "wants to watch the data contracts talk from Data Council",
  ),
  note("j5", DANA.id, "clarify", "the on-call rotation I described was weekly, not daily"),
  note("j6", RAJ.id, "highlight", "Rajesh's team built the cost dashboard for warehouse queries"),
  note("j7", RAJ.id, "qualification", "he asked how I tune slow SQL"),
  note("j8", null, "question", "how the platform team plans its quarterly roadmap"),
];

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), "..", "__golden__");

type Case = [file: string, kind: ActionKind, channel: Channel, who: Contact, today: string];

const CASES: Case[] = [
  ["jotted-thank-you-email-dana", "thank-you-email", "email", DANA, "2026-11-17"],
  ["jotted-thank-you-email-raj", "thank-you-email", "email", RAJ, "2026-11-17"],
  ["jotted-linkedin-request-dana", "linkedin-request", "linkedin", DANA, "2026-11-17"],
  ["jotted-summary-letter-dana", "summary-letter", "letter", DANA, "2026-11-18"],
  ["jotted-check-in-phone-raj", "check-in", "phone", RAJ, "2026-12-03"],
];

describe("drafts from jotted notes, in the reader's voice (issue 11)", () => {
  it.each(CASES)("%s", (file, kind, channel, who, today) => {
    const draft = composeDraft(draftInput(kind, channel, who, today, { notes: JOTTED }));
    const shown = [...draft.missing.map((m) => `missing: ${m}`), "---", draft.body, ""].join("\n");
    const path = join(GOLDEN, `${file}.txt`);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, shown);
    expect(shown).toBe(readFileSync(path, "utf8"));
    // Never the recipient in the third person, never a pronoun capitalised mid-sentence.
    expect(draft.body).not.toMatch(/\b(her|his|she|he)\b/i);
    expect(draft.body).not.toMatch(/[a-z,] (Her|His|Your)\b/);
    // R21, R22: the rewritten sentences pass the project's own checks.
    const quiet = new Set(["R21-spelling", "R21-grammar", "R1-name", "placeholder", "R22-generic"]);
    const findings = checkDraft(draft.body, {
      channel,
      recipientName: who.name,
      knownNames: [DANA.name, RAJ.name, MEI.name, COMPANY.name, PROFILE.name ?? "", "Data Council"],
      userWords: ["dbt"],
      subject: draft.subject,
    }).filter((finding) => quiet.has(finding.rule));
    expect(findings).toEqual([]);
  });

  it("leaves the jotting it cannot fit out of the message, and says so", () => {
    const draft = composeDraft(
      draftInput("thank-you-email", "email", DANA, "2026-11-17", { notes: JOTTED }),
    );
    expect(draft.body).not.toContain("dbt migration");
    expect(draft.missing).toContainEqual(
      expect.stringMatching(/^Left out your highlight note "dbt migration, q3": it is a jotting/),
    );
  });

  it("a message to the team never turns a person's note into 'you'", () => {
    const draft = composeDraft(
      draftInput("summary-letter", "letter", null, "2026-11-18", {
        notes: [note("w1", null, "highlight", "she wants to hire 2 more engineers")],
      }),
    );
    expect(draft.body).not.toContain("hire 2 more");
    expect(draft.missing.join("\n")).toMatch(/she or he without naming anyone/);
  });

  it("R23 why-you: a note about an interviewer names them instead of pasting 'Her team…'", () => {
    const answer = answerEmployerQuestion("why-you", {
      profile: PROFILE,
      notes: [note("a1", DANA.id, "highlight", "Her team moved to dbt last spring")],
      application: APPLICATION,
      company: COMPANY,
      people: [DANA, RAJ, MEI],
    });
    expect(answer.answer).toContain(
      "I am especially excited about how Dana's team moved to dbt last spring.",
    );
  });
});
