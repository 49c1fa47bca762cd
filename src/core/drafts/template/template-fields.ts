// The fields a template may use. A list field renders as a natural-language list ("a, b, and c");
// any field may open a section, which renders only when the field is non-empty.
//
// Notes are rewritten for the reader (rewrite/rewrite-note-for-reader.ts): a note about the
// recipient reads in the second person ("your team is moving…"), the user's "I" stays.
// - notes.highlight, notes.qualification, notes.question: topics, to follow "about", "especially"
//   or a colon ("how your team is moving the jobs to Kafka", "the plan to move to streaming").
// - notes.clarify, notes.personalInterest: each note as said, a clause where it is one ("you want
//   to watch the data contracts talk"), else its topic; they follow a colon or "You mentioned".
// - notes.<kind>Clause: only the notes that are whole clauses, to follow "that" ("You mentioned
//   that {{notes.highlightClause}}"); a topic-only note is not in it, so guard it with a section.
// - interview.decisionTimeline: the timeline by its meaning, "you expected to decide within two
//   weeks" / "you planned to decide by Friday, December 4"; interview.timeline is the words said.
// - news.decisionTimeline: the latest reply or call that moved the date, as a sentence's start:
//   "When you wrote on November 24, you planned to decide by…" / "Mei let me know on … that…".

export const SCALAR_FIELDS = [
  "greeting",
  "today",
  "recipient.name",
  "recipient.title",
  "recipient.email",
  "recipient.phone",
  "recipient.address",
  "sender.name",
  "sender.email",
  "sender.phone",
  "sender.address",
  "sender.signature",
  "company.name",
  "company.website",
  "application.role",
  "interview.date",
  "interview.when",
  "interview.timeline",
  "interview.decisionTimeline",
  "news.decisionTimeline",
  "interview.nextStep",
  "interview.location",
  // The company watch (R20): the news item the user picked, as "its title (its link)".
  "watch.news",
  // Claims a message makes only when a record licenses them (claims.ts): set, or null.
  "claims.openingsPosted",
  "claims.followUpAgreed",
  "claims.decisionMade",
  "claims.replyReceived",
  "claims.messageSent",
  "claims.nextRound",
  "claims.newsPicked",
] as const;

export const LIST_FIELDS = [
  "sender.strengths",
  "notes.highlight",
  "notes.qualification",
  "notes.clarify",
  "notes.personalInterest",
  "notes.question",
  "notes.highlightClause",
  "notes.qualificationClause",
  "notes.clarifyClause",
  "notes.personalInterestClause",
  "notes.questionClause",
  "colleagues.names",
  // The company watch (R17, R20): open positions on record, each "its title (its link)"; the
  // recruiter's variant is set only when the recipient is the recruiter (R13).
  "watch.postings",
  "watch.postingsToRecruiter",
] as const;

export type ScalarField = (typeof SCALAR_FIELDS)[number];
export type ClaimField = Extract<ScalarField, `claims.${string}`>;
export type ListField = (typeof LIST_FIELDS)[number];
export type TemplateField = ScalarField | ListField;

export const KNOWN_FIELDS: readonly TemplateField[] = [...SCALAR_FIELDS, ...LIST_FIELDS];

export function isKnownField(name: string): name is TemplateField {
  return (KNOWN_FIELDS as readonly string[]).includes(name);
}

/** The values a template renders from: every known field, null or [] when the records lack it. */
export type TemplateContext = { readonly [F in ScalarField]: string | null } & {
  readonly [F in ListField]: readonly string[];
};
