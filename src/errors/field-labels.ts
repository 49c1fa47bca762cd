/**
 * Fields as the forms and flags call them, so a message names what the person sees ("Time zone",
 * not `timeZone`). A field without an entry is spelled out from its key ("postingUrl" → "Posting url").
 */
const LABELS: Record<string, string> = {
  accepted: "Accepted",
  action: "Follow-up",
  actionId: "Follow-up",
  address: "Postal address",
  agreedToConnect: "Agreed to connect",
  assumedTimelineDays: "Days to assume when no timeline was given",
  at: "When",
  body: "Text",
  channel: "Channel",
  clientId: "Id made on the phone",
  company: "Company",
  contactId: "Person",
  contactIds: "People",
  country: "Country",
  days: "Days ahead",
  direction: "Direction",
  email: "Email",
  feeling: "How it felt",
  followUpOn: "Agreed follow-up date",
  followUpVia: "Agreed follow-up channel",
  format: "Format",
  from: "Sender address",
  honorific: "Honorific",
  id: "Id",
  interviewId: "Interview",
  kind: "Kind",
  limit: "Limit",
  linkedinUrl: "LinkedIn URL",
  location: "Location",
  messageId: "Message",
  maxUnanswered: "Unanswered follow-ups before moving on",
  name: "Name",
  newsItemId: "News item",
  nextAt: "Next round's time",
  note: "Note",
  organization: "Organization",
  outcome: "Outcome",
  phone: "Phone",
  postalAddress: "Postal address",
  postingUrl: "Job posting",
  preferredChannel: "Preferred channel",
  reason: "Reason",
  revision: "Revision",
  region: "Region",
  replaceEdits: "Replace my edits",
  register: "Greeting",
  role: "Role",
  round: "Round",
  signature: "Signature",
  smtp: "Outgoing mail (SMTP)",
  strengths: "Strengths",
  subject: "Subject",
  template: "Template",
  templateId: "Template",
  text: "Text",
  timeline: "When you will hear back",
  timeZone: "Time zone",
  title: "Title",
  until: "Until",
  website: "Website",
};

/** The label of a field path: `people.1.email` → "Email (item 2 of people)". */
export function labelOf(field: string): string {
  const parts = field.split(".");
  const last = [...parts].reverse().find((p) => !/^\d+$/.test(p)) ?? field;
  const label = LABELS[last] ?? spellOut(last);
  const index = parts.find((p) => /^\d+$/.test(p));
  return index === undefined ? label : `${label} (item ${Number(index) + 1})`;
}

function spellOut(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[-_]/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
