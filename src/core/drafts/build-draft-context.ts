import type { NoteKind } from "../domain/types.js";
import { claimFields } from "./claims.js";
import { dateOrderOf, describeWhen, formatLongDate, localDateOf } from "./describe-dates.js";
import type { DraftInput, WatchMention } from "./draft.types.js";
import { chooseGreeting } from "./greeting/choose-greeting.js";
import { describeDecisionTimeline } from "./rewrite/describe-decision-timeline.js";
import { describeTimelineNews } from "./rewrite/describe-timeline-news.js";
import { whatTheyAsked } from "./rewrite/what-they-asked.js";
import { selectNotes } from "./select-notes.js";
import type { TemplateContext } from "./template/template-fields.js";

/** Every template field from the records; what they lack stays null or empty. */
export function buildDraftContext(input: DraftInput): TemplateContext {
  const { contact, company, application, interview, profile } = input;
  const interviewDate = localDateOf(interview.startsAt, interview.timeZone);
  // Dates as the sender writes them (their profile's country): "20 November" in the UK.
  const order = dateOrderOf(profile.country);
  const { fitted } = selectNotes(input.notes, contact, [...input.otherContacts]);
  const topics = (kind: NoteKind): string[] => fitted[kind].map((note) => note.topic);
  const asSaid = (kind: NoteKind): string[] => fitted[kind].map((n) => n.clause ?? n.topic);
  const clauses = (kind: NoteKind): string[] =>
    fitted[kind].flatMap((note) => (note.clause === null ? [] : [note.clause]));
  const nonEmpty = (value: string | null | undefined): string | null =>
    value === null || value === undefined || value.trim() === "" ? null : value.trim();
  return {
    // R1: the name, or the part of it the greeting uses, exactly as on the card.
    greeting:
      contact === null
        ? `Dear ${company.name} team,`
        : chooseGreeting({
            name: contact.name,
            honorific: contact.honorific,
            register: contact.register ?? company.register,
            channel: input.action.channel,
            country: company.country ?? profile.country,
          }).text,
    today: formatLongDate(input.today, order),
    "recipient.name": nonEmpty(contact?.name),
    "recipient.title": nonEmpty(contact?.title),
    "recipient.email": nonEmpty(contact?.email),
    "recipient.phone": nonEmpty(contact?.phone),
    "recipient.address": nonEmpty(contact?.postalAddress),
    "sender.name": nonEmpty(profile.name),
    "sender.email": nonEmpty(profile.email),
    "sender.phone": nonEmpty(profile.phone),
    "sender.address": nonEmpty(profile.postalAddress),
    // A letter's blocks already give the address, email and phone: it is signed with the name.
    "sender.signature":
      input.action.channel === "letter"
        ? (nonEmpty(profile.name) ?? nonEmpty(profile.signature))
        : (nonEmpty(profile.signature) ?? nonEmpty(profile.name)),
    "sender.strengths": profile.strengths,
    "company.name": nonEmpty(company.name),
    "company.website": nonEmpty(company.website),
    "application.role": nonEmpty(application.role),
    "interview.date": formatLongDate(interviewDate, order),
    "interview.when": describeWhen(interviewDate, input.today, order),
    // Words that gave no date ("they were vague") are no timeline to quote back to anyone.
    "interview.timeline": interview.timelineDate ? nonEmpty(interview.timelineText) : null,
    "interview.decisionTimeline": describeDecisionTimeline(
      nonEmpty(interview.timelineText),
      interview.timelineDate,
      input.today,
      order,
    ),
    "news.decisionTimeline": describeTimelineNews({
      events: input.history.events,
      interviewId: interview.id,
      reader: contact,
      people: [...(contact ? [contact] : []), ...input.otherContacts],
      today: input.today,
      timeZone: profile.timeZone,
      order,
    }),
    "interview.nextStep": nonEmpty(interview.nextStep),
    "interview.location": nonEmpty(interview.location),
    // Issue 11: notes in the reader's voice, shaped for the sentence (template-fields.ts).
    "notes.highlight": topics("highlight"),
    "notes.qualification": fitted.qualification.map(whatTheyAsked),
    "notes.clarify": asSaid("clarify"),
    "notes.personalInterest": asSaid("personal-interest"),
    "notes.question": topics("question"),
    "notes.highlightClause": clauses("highlight"),
    "notes.qualificationClause": clauses("qualification"),
    "notes.clarifyClause": clauses("clarify"),
    "notes.personalInterestClause": clauses("personal-interest"),
    "notes.questionClause": clauses("question"),
    "colleagues.names": input.otherContacts
      .filter((other) => other.id !== contact?.id)
      .map((other) => other.name),
    // Only what the watch recorded: a posting or news item is never made up (R20).
    "watch.postings": (input.watch?.postings ?? []).map(mention),
    "watch.postingsToRecruiter":
      contact?.role === "recruiter" ? (input.watch?.postings ?? []).map(mention) : [],
    "watch.news": input.watch?.news ? mention(input.watch.news) : null,
    // Set only where a record licenses the claim (claims.ts).
    ...claimFields(input),
  };
}

function mention(item: WatchMention): string {
  return item.url === null ? item.title : `${item.title} (${item.url})`;
}
