import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { answerEmployerQuestion, EMPLOYER_QUESTION_KINDS } from "./answer-employer-question.js";
import { APPLICATION, COMPANY, NOTES, PROFILE } from "./draft-fixtures.js";

const input = { profile: PROFILE, notes: NOTES, application: APPLICATION, company: COMPANY };

describe("answerEmployerQuestion (R23)", () => {
  it("fills each of the five answers from the profile and notes", () => {
    expect(answerEmployerQuestion("skill-detail", input)).toContain(
      "how I scaled our Kafka cluster at my last job",
    );
    expect(answerEmployerQuestion("why-you", input)).toContain(
      "data pipeline design and mentoring junior engineers",
    );
    expect(answerEmployerQuestion("still-interested", input)).toMatch(
      /^Absolutely\..*on-call rotation/,
    );
    expect(answerEmployerQuestion("questions-for-us", input)).toContain(
      "how the platform team plans its quarterly roadmap",
    );
    expect(answerEmployerQuestion("questions-for-us", input)).toContain("next steps");
    expect(
      answerEmployerQuestion("salary", { ...input, salaryRange: "$150,000 to $165,000" }),
    ).toContain("a range of $150,000 to $165,000 would be appropriate. I am open to discussion");
  });

  it("leaves a visible slot where the records lack the fact, instead of inventing it", () => {
    expect(answerEmployerQuestion("salary", input)).toContain("[your range]");
    expect(
      answerEmployerQuestion("why-you", { ...input, profile: { ...PROFILE, strengths: [] } }),
    ).toContain("[your strengths]");
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
