import type { Contact, NoteKind } from "../domain/types.js";
import { CLAIM_IDS, CLAIMS } from "./claims.js";
import type { DraftInput } from "./draft.types.js";
import { selectNotes } from "./select-notes.js";
import { fieldText } from "./template/render-template.js";
import type { TemplateContext, TemplateField } from "./template/template-fields.js";

/**
 * What the records lack for this message, each said as what to add (never padded over with
 * stock text). `used` is every field the template refers to; `unguarded` those it prints bare.
 */
export function findMissing(
  input: DraftInput,
  context: TemplateContext,
  used: ReadonlySet<TemplateField>,
  unguarded: readonly TemplateField[],
): string[] {
  const { contact, action } = input;
  const who = contact?.name ?? "this contact";
  const missing: string[] = [];
  const empty = (field: TemplateField): boolean => fieldText(context, field) === null;

  for (const field of unguarded) {
    if (empty(field)) missing.push(addFieldMessage(field, contact));
  }
  if (used.has("notes.highlight") && empty("notes.highlight")) {
    missing.push(
      contact === null
        ? "Add a highlight note: something specific and positive from the interview (R7)."
        : `Add a highlight note for ${who}: something specific from your conversation (R7).`,
    );
  }
  const usesQualifications = used.has("notes.qualification") || used.has("sender.strengths");
  if (usesQualifications && empty("notes.qualification") && empty("sender.strengths")) {
    missing.push(
      "Add your strengths to your profile or a qualification note (what they asked about your experience) so the message restates why you fit (R19).",
    );
  }
  if (action.channel === "email" && contact !== null && empty("recipient.email")) {
    missing.push(`Add ${who}'s email address (contact edit --email) to send this email.`);
  }
  if (action.channel === "letter") missing.push(...letterBlocksMissing(context, contact));
  if (action.channel === "phone" && contact !== null && empty("recipient.phone")) {
    missing.push(`Add ${who}'s phone number (contact edit --phone) to make this call.`);
  }
  if (action.channel === "linkedin" && contact !== null) {
    if (!contact.agreedToConnect) {
      missing.push(
        `Ask ${who} whether you may connect on LinkedIn first; they have not agreed (R5).`,
      );
    }
    if (empty("notes.personalInterest")) {
      missing.push(
        `Add a personal-interest note for ${who}: an article they would like or a person to introduce, so the request has a reason of its own (R9).`,
      );
    }
  }
  missing.push(...leftOutNotes(input, used));
  for (const id of CLAIM_IDS) {
    const claim = CLAIMS[id];
    const toLicense = claim.toLicense(who);
    if (used.has(claim.field) && empty(claim.field) && toLicense !== null) missing.push(toLicense);
  }
  return [...new Set(missing)];
}

/** R10: what the letter's address blocks lack, each line left out of the letter until it is added. */
function letterBlocksMissing(context: TemplateContext, contact: Contact | null): string[] {
  const missing: string[] = [];
  const empty = (field: TemplateField): boolean => fieldText(context, field) === null;
  if (empty("sender.name")) missing.push(addFieldMessage("sender.name", contact));
  if (empty("sender.address")) missing.push(addFieldMessage("sender.address", contact));
  if (contact === null) missing.push(addFieldMessage("recipient.name", contact));
  // The records hold a person's postal address (their card's), not a company's: the letter
  // goes there, or says what to add; an address is never guessed.
  else if (empty("recipient.address")) missing.push(addFieldMessage("recipient.address", contact));
  return missing;
}

const NOTE_FIELDS: Readonly<Record<NoteKind, readonly TemplateField[]>> = {
  highlight: ["notes.highlight", "notes.highlightClause"],
  qualification: ["notes.qualification", "notes.qualificationClause"],
  clarify: ["notes.clarify", "notes.clarifyClause"],
  "personal-interest": ["notes.personalInterest", "notes.personalInterestClause"],
  question: ["notes.question", "notes.questionClause"],
};

/** Issue 11: a note this message would have used but could not fit safely, said to the user. */
function leftOutNotes(input: DraftInput, used: ReadonlySet<TemplateField>): string[] {
  const { leftOut } = selectNotes(input.notes, input.contact, input.otherContacts);
  return leftOut
    .filter((note) => NOTE_FIELDS[note.kind].some((field) => used.has(field)))
    .map((note) => `Left out your ${note.kind} note "${note.text}": ${note.reason}.`);
}

function addFieldMessage(field: TemplateField, contact: Contact | null): string {
  const who = contact?.name ?? "the recipient";
  switch (field) {
    case "recipient.name":
      return "Add the recipient as a contact, with the name exactly as on their business card (R1).";
    case "recipient.address":
      return `Add the postal address the letter goes to, ${who}'s at the office (contact edit --address), for the address block (R10).`;
    case "recipient.title":
      return `Add ${who}'s title as on their business card (R1).`;
    case "sender.name":
    case "sender.signature":
      return "Add your name to your profile (profile edit --name).";
    case "sender.address":
      return "Add your postal address to your profile (profile edit --address) for the address block (R10).";
    case "application.role":
      return "Add the role you interviewed for to the application.";
    default:
      return `Add ${field.replace(".", " ")}: the template uses it.`;
  }
}
