import { invalidInput } from "../../errors/app-error.js";
import type { Application, Company, Contact, Note, NoteKind, Profile } from "../domain/types.js";
import { joinList } from "./join-list.js";
import { rewriteNoteForReader } from "./rewrite/rewrite-note-for-reader.js";
import { whatTheyAsked } from "./rewrite/what-they-asked.js";

/** R23: the employer's follow-up questions we prepare answers for. */
export const EMPLOYER_QUESTION_KINDS = [
  "skill-detail",
  "why-you",
  "still-interested",
  "salary",
  "questions-for-us",
] as const;
export type EmployerQuestionKind = (typeof EMPLOYER_QUESTION_KINDS)[number];

export interface EmployerQuestionInput {
  profile: Profile;
  notes: Note[];
  application: Application;
  company: Company;
  /** For "salary": the user's range, e.g. "$140,000 to $155,000". */
  salaryRange?: string | null;
  /** The interview's people: a note attached to one of them is said with their name. */
  people?: readonly Contact[];
}

/**
 * R23: a prepared answer from the user's own profile and notes. What the records lack shows as
 * a bracketed slot ("[your range]"), which the checker reports, rather than invented facts.
 */
export function answerEmployerQuestion(kind: string, input: EmployerQuestionInput): string {
  const { profile, application, company } = input;
  const of = (noteKind: NoteKind): string[] => notesAsSaid(input, noteKind);
  const strengths = profile.strengths.length > 0 ? joinList(profile.strengths) : "[your strengths]";
  const highlight = of("highlight")[0];
  switch (kind) {
    case "skill-detail": {
      const qualification = of("qualification")[0];
      return `Certainly. ${qualification === undefined ? "[A specific example of using the skill, with a measurable result]" : `You asked about ${stripStop(qualification)}: [what you did, and the measurable result]`}. I am confident that experience carries over to the ${application.role} role at ${company.name}.`;
    }
    case "why-you":
      return `Thank you for being candid. I believe I am a strong fit for the ${application.role} role because of my strengths in ${strengths}.${highlight === undefined ? "" : ` I am especially excited about ${stripStop(highlight)}, and`} I am confident I can contribute to your team's success.`;
    case "still-interested": {
      const clarify = of("clarify")[0];
      return `Absolutely. ${clarify === undefined ? "I see that aspect of the role as a chance to grow" : `On ${stripStop(clarify)}, I see a chance to grow`}, and I remain very interested in the ${application.role} position at ${company.name}.`;
    }
    case "salary": {
      const range = input.salaryRange?.trim() || "[your range]";
      return `Based on my research and the responsibilities of the ${application.role} role, I believe a range of ${range} would be appropriate. I am open to discussion and would be glad to learn more about the overall compensation package.`;
    }
    case "questions-for-us": {
      const question = of("question")[0];
      return `Thank you for asking. ${question === undefined ? "[A thoughtful question about the team's goals or projects]" : `I am curious about ${stripStop(question)}`}. Could you also tell me more about the next steps in the hiring process?`;
    }
    default:
      throw invalidInput(
        "kind",
        `Unknown employer question "${kind}".`,
        EMPLOYER_QUESTION_KINDS.join(", "),
      );
  }
}

function stripStop(text: string): string {
  return text.replace(/[.;,!?]+$/, "");
}

/**
 * The notes of a kind as an answer can say them (issue 11): whoever asks reads them, so a note
 * about an interviewer keeps its third person with the name said ("how Dana's team moved to
 * dbt"), and a qualification note is what they asked about. Notes that do not fit are skipped.
 */
function notesAsSaid(input: EmployerQuestionInput, kind: NoteKind): string[] {
  const people = input.people ?? [];
  const names = people.map((person) => person.name);
  return input.notes.flatMap((note) => {
    if (note.kind !== kind || note.text.trim() === "") return [];
    const about = people.find((person) => person.id === note.contactId)?.name ?? null;
    const reader = kind === "qualification" ? about : null;
    const others = names.filter((name) => name !== about);
    const rewritten = rewriteNoteForReader(note.text, { about, reader, others });
    if (!rewritten.fits) return [];
    return [kind === "qualification" ? whatTheyAsked(rewritten) : rewritten.topic];
  });
}
