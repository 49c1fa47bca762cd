import { labelOf } from "../../errors/field-labels.js";
import type { Contact } from "../domain/types.js";

/** What a business card carries (R1), as the import reads it. */
export interface CardFields {
  name: string;
  title: string | null;
  organization: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  postalAddress: string | null;
}

/** The fields a card can fill in on a person already known; the name is compared, never filled. */
export const MERGED_FIELDS = [
  "title",
  "organization",
  "email",
  "phone",
  "linkedinUrl",
  "postalAddress",
] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

export interface FilledField {
  field: MergedField;
  label: string;
  value: string;
}

/** Both sides hold a different non-empty value: the stored one is kept, the user chooses. */
export interface MergeConflict {
  field: MergedField | "name";
  label: string;
  kept: string;
  onCard: string;
}

export interface CardMerge {
  /** The person with what was missing filled in; never loses a stored non-empty value. */
  merged: Contact;
  filled: FilledField[];
  conflicts: MergeConflict[];
}

/** A name compared as a person would: case, accents and runs of whitespace do not count. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("en-US")
    .replace(/\s+/gu, " ")
    .trim();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Whether a card is the person already known at the company: the same email (any case); where
 * either side has no email, the same name (R1's spelling, up to case, accents and spacing). Two
 * different emails are two people, even under one name.
 */
export function sameCardPerson(known: Pick<Contact, "name" | "email">, card: CardFields): boolean {
  if (known.email && card.email) return normalizeEmail(known.email) === normalizeEmail(card.email);
  return normalizeName(known.name) === normalizeName(card.name);
}

const blank = (v: string | null): v is null => v === null || v.trim() === "";

/**
 * Fills in what the known person is missing from the card, and reports each real conflict
 * (both non-empty, different) instead of overwriting it. Merging the same card twice changes
 * nothing the second time.
 */
export function mergeCard(known: Contact, card: CardFields): CardMerge {
  const merged: Contact = { ...known };
  const filled: FilledField[] = [];
  const conflicts: MergeConflict[] = [];
  if (!blank(card.name) && card.name.trim() !== known.name.trim()) {
    conflicts.push({ field: "name", label: labelOf("name"), kept: known.name, onCard: card.name });
  }
  for (const field of MERGED_FIELDS) {
    const onCard = card[field];
    if (blank(onCard)) continue;
    const stored = known[field];
    if (blank(stored)) {
      merged[field] = onCard;
      filled.push({ field, label: labelOf(field), value: onCard });
    } else if (!sameValue(field, stored, onCard)) {
      conflicts.push({ field, label: labelOf(field), kept: stored, onCard });
    }
  }
  return { merged, filled, conflicts };
}

function sameValue(field: MergedField, a: string, b: string): boolean {
  if (field === "email") return normalizeEmail(a) === normalizeEmail(b);
  if (field === "phone") return a.replace(/[^\d+]/g, "") === b.replace(/[^\d+]/g, "");
  if (field === "linkedinUrl") return canonicalUrl(a) === canonicalUrl(b);
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}

function canonicalUrl(u: string): string {
  return u
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, "")
    .replace(/\/+$/, "");
}

/** "Dana Whitfield: added phone +1 312 555 0100, LinkedIn URL" — or that nothing was new. */
export function describeMerge(
  name: string,
  merge: Pick<CardMerge, "filled" | "conflicts">,
): string {
  const added = merge.filled.map((f) =>
    f.field === "linkedinUrl" || f.field === "postalAddress"
      ? f.label
      : `${f.label.toLowerCase()} ${f.value}`,
  );
  const parts = [
    added.length > 0 ? `added ${added.join(", ")}` : "nothing new on the card",
    ...(merge.conflicts.length > 0
      ? [`${merge.conflicts.length} to choose (${merge.conflicts.map((c) => c.label).join(", ")})`]
      : []),
  ];
  return `${name}: ${parts.join("; ")}`;
}
