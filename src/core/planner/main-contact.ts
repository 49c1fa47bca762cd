import type { Participant } from "./planning-facts.js";

/** Who the status check-in goes to (R11): the hiring manager, else a recruiter, else an interviewer. */
export function mainContact(participants: readonly Participant[]): Participant | null {
  return (
    participants.find((p) => p.role === "hiring-manager") ??
    participants.find((p) => p.role === "recruiter") ??
    participants.find((p) => p.role === "interviewer") ??
    participants[0] ??
    null
  );
}
