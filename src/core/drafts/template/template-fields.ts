// The fields a template may use. A list field renders as a natural-language list ("a, b, and c");
// any field may open a section, which renders only when the field is non-empty.

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
  "interview.nextStep",
  "interview.location",
] as const;

export const LIST_FIELDS = [
  "sender.strengths",
  "notes.highlight",
  "notes.qualification",
  "notes.clarify",
  "notes.personalInterest",
  "notes.question",
  "colleagues.names",
] as const;

export type ScalarField = (typeof SCALAR_FIELDS)[number];
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
