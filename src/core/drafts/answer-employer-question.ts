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

/** R23: an answer to say or send as it is, and what the records lack to make it better. */
export interface PreparedAnswer {
  answer: string;
  /** Each sentence left out for want of a record, said as what to add. */
  missing: string[];
}

/**
 * R23: a prepared answer from the user's own profile and notes. A sentence is written only where
 * a record supports it (the way claims are licensed: claims.ts); where none does, the sentence is
 * left out and `missing` says what to add. An answer never holds a placeholder or a made-up fact.
 */
export function answerEmployerQuestion(kind: string, input: EmployerQuestionInput): PreparedAnswer {
  const { profile, application, company } = input;
  const first = (noteKind: NoteKind): string | undefined => {
    const said = notesAsSaid(input, noteKind)[0];
    return said === undefined ? undefined : stripStop(said);
  };
  const strengths = profile.strengths.length > 0 ? joinList(profile.strengths) : null;
  const role = `the ${application.role} role at ${company.name}`;
  const sentences: string[] = [];
  const missing: string[] = [];
  const say = (sentence: string | null, toAdd: string): void => {
    if (sentence === null) missing.push(toAdd);
    else sentences.push(sentence);
  };
  switch (kind) {
    case "skill-detail": {
      const qualification = first("qualification");
      sentences.push("Certainly.");
      say(
        qualification === undefined ? null : `You asked about ${qualification}.`,
        "Add a qualification note (what they asked about your experience) so the answer names the skill (R23).",
      );
      say(
        strengths === null ? null : `It is the work I know best: ${strengths}.`,
        "Add your strengths to your profile (profile edit --strengths) so the answer says what the skill rests on (R23).",
      );
      sentences.push(
        `I would be glad to walk you through an example and its results, and I am confident that experience carries over to ${role}.`,
      );
      missing.push(
        "Say the example's result in numbers where you can: the records do not hold it.",
      );
      break;
    }
    case "why-you": {
      const qualification = first("qualification");
      const highlight = first("highlight");
      sentences.push("Thank you for asking.");
      say(
        strengths === null ? null : `I would bring my experience in ${strengths} to ${role}.`,
        "Add your strengths to your profile (profile edit --strengths) so the answer says what you bring (R23).",
      );
      if (qualification !== undefined)
        sentences.push(
          `You asked about ${qualification}, which is work I would be glad to do here.`,
        );
      say(
        highlight === undefined ? null : `I am especially excited about ${highlight}.`,
        "Add a highlight note (something specific from the interview) so the answer says what draws you to the role (R23).",
      );
      sentences.push("I am confident I can contribute to your team's success.");
      break;
    }
    case "still-interested": {
      const clarify = first("clarify");
      sentences.push(
        `Absolutely. ${clarify === undefined ? "I see that aspect of the role as a chance to grow" : `On ${clarify}, I see a chance to grow`}, and I remain very interested in the ${application.role} position at ${company.name}.`,
      );
      break;
    }
    case "salary": {
      const range = input.salaryRange?.trim() || null;
      say(
        range === null
          ? null
          : `Based on my research and the responsibilities of the ${application.role} role, I believe a range of ${range} would be appropriate. I am open to discussion and would be glad to learn more about the overall compensation package.`,
        "Give the salary range you researched (Your range; answer salary --salary-range) so the answer names it (R23).",
      );
      if (range === null)
        sentences.push(
          `I would like to understand the responsibilities of the ${application.role} role and the overall compensation package first. Could you share the range you have in mind for it?`,
        );
      break;
    }
    case "questions-for-us": {
      const question = first("question");
      sentences.push("Thank you for asking.");
      say(
        question === undefined ? null : `I am curious about ${question}.`,
        "Add a question note (something you want to know about the team or its work) so the answer asks it (R23).",
      );
      sentences.push(
        question === undefined
          ? "Could you tell me more about the next steps in the hiring process?"
          : "Could you also tell me more about the next steps in the hiring process?",
      );
      break;
    }
    default:
      throw invalidInput(
        "kind",
        `Unknown employer question "${kind}".`,
        EMPLOYER_QUESTION_KINDS.join(", "),
      );
  }
  return { answer: sentences.join(" "), missing };
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
