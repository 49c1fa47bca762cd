// A labelled corpus for measuring the checker (R21, R1, R22). Sentences are written the way job
// seekers write follow-ups, with the faults people actually make, plus clean sentences that must
// stay silent. Labels say what a careful human proofreader would flag, not what our rules catch:
// some faults here are beyond the rules on purpose (they show up as misses in the recall figure).
import type { Note } from "../domain/types.js";
import type { CheckContext } from "./check.types.js";

export const CORPUS_CLASSES = [
  "R21-spelling",
  "R21-grammar",
  "R1-name",
  "placeholder",
  "R22-pushy",
  "R22-exclamation",
  "R22-generic",
] as const;
export type CorpusClass = (typeof CORPUS_CLASSES)[number];

export interface CorpusEntry {
  text: string;
  expect: CorpusClass[];
  /** Overrides of the default context (notes for the generic cases). */
  context?: Partial<CheckContext>;
}

export const CORPUS_CONTEXT: CheckContext = {
  channel: "card",
  recipientName: "Dana Whitfield",
  knownNames: [
    "Dana Whitfield",
    "Rajesh Iyer",
    "Mei O'Connell",
    "Northwind Analytics",
    "Zoë Ångström",
  ],
};

const note = (kind: Note["kind"], text: string): Note => ({
  id: text.slice(0, 8),
  interviewId: "i",
  contactId: null,
  kind,
  text,
  createdAt: "2026-11-17T00:00:00.000Z",
});

const NOTES: Note[] = [
  note("highlight", "moving the nightly batch jobs to streaming ingestion"),
  note("qualification", "scaling a Kafka cluster to handle peak traffic"),
  note("personal-interest", "she coaches a youth soccer team on weekends"),
];
const withNotes = { notes: NOTES };

export const CORPUS: readonly CorpusEntry[] = [
  // Clean sentences: nothing to flag.
  { text: "Thank you for taking the time to meet with me on Tuesday.", expect: [] },
  {
    text: "I enjoyed hearing how your team plans to retire the legacy billing system.",
    expect: [],
  },
  { text: "Our conversation made me even more excited about the role.", expect: [] },
  { text: "Please let me know if there is anything else I can provide.", expect: [] },
  { text: "I look forward to hearing about the next steps.", expect: [] },
  { text: "It was a pleasure to meet Rajesh Iyer and the rest of the platform group.", expect: [] },
  {
    text: "I have attached the case study we discussed, including the before-and-after latency numbers.",
    expect: [],
  },
  {
    text: "As an engineer who enjoys mentoring, I was glad to hear about your apprenticeship program.",
    expect: [],
  },
  { text: "You can reach me at zoe@example.org or at 555-0100 any weekday.", expect: [] },
  {
    text: "The portfolio is at https://zoe.example.org/work if you would like to see more.",
    expect: [],
  },
  { text: "Their approach to code review struck me as thoughtful and kind.", expect: [] },
  { text: "There is a lot I would like to learn from a team like yours.", expect: [] },
  { text: "It's clear that Northwind Analytics cares about its customers.", expect: [] },
  { text: "You're right that the first ninety days would focus on reliability.", expect: [] },
  {
    text: "I spent three years at a university hospital building an hour-by-hour staffing forecast.",
    expect: [],
  },
  { text: "Best regards, Zoë Ångström", expect: [] },
  { text: "Dear Dana Whitfield, thank you again for a wonderful afternoon.", expect: [] },
  {
    text: "I was glad to learn that the role includes an on-call rotation only once a month.",
    expect: [],
  },
  { text: "Thanks again for the tour of the office; the lab space was impressive.", expect: [] },
  {
    text: "I remain very interested in the position and would welcome the chance to contribute.",
    expect: [],
  },
  { text: "Mei O'Connell mentioned that decisions are usually made within two weeks.", expect: [] },
  { text: "I would be happy to share references or a writing sample.", expect: [] },
  {
    text: "If it helps, I could walk your team through the migration plan I described.",
    expect: [],
  },
  { text: "I hope your week is off to a good start.", expect: [] },
  { text: "That was an honest and useful conversation about the challenges ahead.", expect: [] },
  { text: "Thank you for the opportunity!", expect: [] },
  {
    text: "Dear Dana Whitfield, I keep thinking about moving the nightly batch jobs to streaming.",
    expect: [],
    context: withNotes,
  },
  {
    text: "Thank you for our talk about scaling Kafka for peak traffic; I would love to help with that.",
    expect: [],
    context: withNotes,
  },

  // Spelling.
  {
    text: "I really appreciate the oportunity to interview with your team.",
    expect: ["R21-spelling"],
  },
  { text: "Thank you for taking the time to recieve me yesterday.", expect: ["R21-spelling"] },
  { text: "I am confident I would be a valuable adition to the team.", expect: ["R21-spelling"] },
  { text: "Your commitment to accesibility really stood out to me.", expect: ["R21-spelling"] },
  { text: "I definately want to continue the conversation.", expect: ["R21-spelling"] },
  { text: "It was great to learn about the companys growth plans.", expect: ["R21-spelling"] },
  { text: "I beleive my background in analytics is a strong match.", expect: ["R21-spelling"] },
  { text: "Thank you for your consideratoin and your time.", expect: ["R21-spelling"] },
  { text: "Sincerly, Zoë Ångström", expect: ["R21-spelling"] },
  { text: "The interveiw gave me a clear picture of the role.", expect: ["R21-spelling"] },

  // Grammar.
  {
    text: "I would of sent this sooner, but I wanted to attach the report.",
    expect: ["R21-grammar"],
  },
  { text: "I learned alot about your deployment pipeline.", expect: ["R21-grammar"] },
  { text: "Thank you for the the opportunity to meet your team.", expect: ["R21-grammar"] },
  { text: "Its been a pleasure getting to know the team.", expect: ["R21-grammar"] },
  { text: "The company and it's mission resonate with me.", expect: ["R21-grammar"] },
  { text: "Their is a lot I could contribute to the data team.", expect: ["R21-grammar"] },
  { text: "I admire how they're team handles incidents.", expect: ["R21-grammar"] },
  { text: "Thank you, your very kind to share the roadmap with me.", expect: ["R21-grammar"] },
  { text: "I would love to hear more about you're team's plans.", expect: ["R21-grammar"] },
  { text: "I have a experience leading a team of five analysts.", expect: ["R21-grammar"] },
  { text: "It would be an great fit for my skills.", expect: ["R21-grammar"] },
  { text: "thank you for meeting with me today.", expect: ["R21-grammar"] },
  { text: "I enjoyed the visit. the team was welcoming.", expect: ["R21-grammar"] },
  { text: "I look forward to hear from you.", expect: ["R21-grammar"] },
  { text: "Thank you for your time,I enjoyed our conversation.", expect: ["R21-grammar"] },
  { text: "The platform is more mature then I expected.", expect: ["R21-grammar"] },
  { text: "I enjoyed our conversation  about the new warehouse.", expect: ["R21-grammar"] },
  { text: "She don't need to rush the decision on my account.", expect: ["R21-grammar"] },
  { text: "I would like to thank you for you time yesterday.", expect: ["R21-grammar"] },
  { text: "I enjoyed learning about there new product line.", expect: ["R21-grammar"] },

  // Names not as on the card.
  { text: "Dear Dana Whitfeld, thank you for your time today.", expect: ["R1-name"] },
  { text: "Dear Dan, thank you for meeting with me.", expect: ["R1-name"] },
  { text: "Dear Rajesh, thank you for the thoughtful questions.", expect: ["R1-name"] },
  { text: "Please pass my thanks to Rajesh Iyre as well.", expect: ["R1-name"] },
  { text: "It was a pleasure speaking with Ms. Whitfeild about the role.", expect: ["R1-name"] },
  { text: "Mei O'Conell was very helpful in scheduling the interview.", expect: ["R1-name"] },
  { text: "Dear Ms. Whitfield, thank you for a thoughtful conversation.", expect: [] },

  // Placeholders left in.
  { text: "Dear [Interviewer Name], thank you for your time.", expect: ["placeholder"] },
  {
    text: "I enjoyed learning about {{notes.highlight}} during our talk.",
    expect: ["placeholder"],
  },
  { text: "TODO: add something about the dashboard project here.", expect: ["placeholder"] },
  {
    text: "I believe my skills in [relevant skill] would help your team.",
    expect: ["placeholder"],
  },
  { text: "Thank you for the XXX interview on Monday.", expect: ["placeholder"] },

  // Pushy, impatient or desperate.
  { text: "I wanted to ask whether I'm still in the running for the role.", expect: ["R22-pushy"] },
  { text: "Could you also tell me how the other candidates are doing?", expect: ["R22-pushy"] },
  { text: "I really need this job, so please let me know.", expect: ["R22-pushy"] },
  { text: "Please respond ASAP so I can plan my next steps.", expect: ["R22-pushy"] },
  { text: "I haven't heard back since our interview two weeks ago.", expect: ["R22-pushy"] },
  { text: "I am still waiting for your response about the position.", expect: ["R22-pushy"] },
  { text: "I would appreciate an answer as soon as possible.", expect: ["R22-pushy"] },
  { text: "Did you get my last email about the portfolio?", expect: ["R22-pushy"] },
  { text: "This is my third email, so I hope to get a reply soon.", expect: ["R22-pushy"] },
  { text: "Please let me know by Friday whether I got the job.", expect: ["R22-pushy"] },
  { text: "I'm getting a little anxious because it has been so long.", expect: ["R22-pushy"] },
  { text: "Thank you so much!!! I can't wait to hear from you!", expect: ["R22-exclamation"] },
  { text: "Great meeting you! Hope to hear soon!", expect: ["R22-exclamation"] },

  // Generic: nothing from this interview's notes.
  {
    text: "Thank you for your time today. I enjoyed our conversation and I am excited about the role.",
    expect: ["R22-generic"],
    context: withNotes,
  },
  {
    text: "It was great to meet you. I believe I would be a strong addition to your team.",
    expect: ["R22-generic"],
    context: withNotes,
  },
  {
    text: "I appreciated learning more about the company and the position. Please let me know the next steps.",
    expect: ["R22-generic"],
    context: withNotes,
  },
  {
    text: "Thank you for a lovely afternoon; your office is beautiful and everyone was friendly.",
    expect: ["R22-generic"],
    context: withNotes,
  },
];
