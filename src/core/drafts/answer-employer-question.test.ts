import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { answerEmployerQuestion, EMPLOYER_QUESTION_KINDS } from "./answer-employer-question.js";
import { APPLICATION, COMPANY, NOTES, PROFILE } from "./draft-fixtures.js";

const input = { profile: PROFILE, notes: NOTES, application: APPLICATION, company: COMPANY };

describe("answerEmployerQuestion (R23)", () => {
  it("fills each of the five answers from the profile and notes", () => {
    const answer = (kind: string, extra = {}) =>
      answerEmployerQuestion(kind, { ...input, ...extra });
    expect(answer("skill-detail").answer).toContain(
      "how I scaled our Kafka cluster at my last job",
    );
    expect(answer("why-you").answer).toContain(
      "I would bring my experience in data pipeline design and mentoring junior engineers to the Senior Data Engineer role at Northwind Analytics.",
    );
    expect(answer("why-you").missing).toEqual([]);
    expect(answer("still-interested").answer).toMatch(/^Absolutely\..*on-call rotation/);
    expect(answer("questions-for-us").answer).toContain(
      "how the platform team plans its quarterly roadmap",
    );
    expect(answer("questions-for-us").answer).toContain("next steps");
    expect(answer("salary", { salaryRange: "$150,000 to $165,000" }).answer).toContain(
      "a range of $150,000 to $165,000 would be appropriate. I am open to discussion",
    );
  });

  it("never writes a placeholder: a sentence no record supports is left out and said", () => {
    const bare = { ...input, profile: { ...PROFILE, strengths: [] }, notes: [] };
    for (const kind of EMPLOYER_QUESTION_KINDS) {
      for (const given of [input, bare]) {
        const { answer } = answerEmployerQuestion(kind, given);
        expect(answer).not.toMatch(/[[\]{}]/);
        expect(answer).not.toMatch(/\s{2}|\.\.|\s[.,]/);
        expect(answer).toMatch(/^[A-Z].*[.?]$/);
      }
    }
    const whyYou = answerEmployerQuestion("why-you", bare);
    expect(whyYou.answer).toBe(
      "Thank you for asking. I am confident I can contribute to your team's success.",
    );
    expect(whyYou.missing).toEqual([
      "Add your strengths to your profile (profile edit --strengths) so the answer says what you bring (R23).",
      "Add a highlight note (something specific from the interview) so the answer says what draws you to the role (R23).",
    ]);
    // A qualification note alone still says what they asked about; strengths stay missing.
    const asked = answerEmployerQuestion("why-you", {
      ...bare,
      notes: NOTES.filter((n) => n.kind === "qualification"),
    });
    expect(asked.answer).toContain("You asked about how I scaled our Kafka cluster");
    expect(asked.missing[0]).toContain("Add your strengths");
    const salary = answerEmployerQuestion("salary", input);
    expect(salary.answer).not.toContain("a range of");
    expect(salary.missing).toEqual([
      "Give the salary range you researched (Your range; answer salary --salary-range) so the answer names it (R23).",
    ]);
    expect(answerEmployerQuestion("questions-for-us", bare).missing[0]).toContain(
      "Add a question note",
    );
  });

  it("refuses an unknown kind, listing the five", () => {
    try {
      answerEmployerQuestion("favourite-colour", input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).field).toBe("kind");
      expect((error as AppError).accepted).toBe(EMPLOYER_QUESTION_KINDS.join(", "));
    }
  });
});
