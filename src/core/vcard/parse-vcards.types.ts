export const VCARD_VERSIONS = ["2.1", "3.0", "4.0"] as const;
export type VCardVersion = (typeof VCARD_VERSIONS)[number];

/**
 * One business card as read from a .vcf file (R1). Optional fields are null, never "": a blank
 * TITLE is no title.
 */
export interface ParsedCard {
  /** FN exactly as written (R1: the spelling on the card), else built from N. */
  name: string;
  title: string | null;
  /** The first ORG component: the company, not the department. */
  organization: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  /** Lines "street", "locality, region postal", "country" joined by "\n". */
  postalAddress: string | null;
  note: string | null;
  version: VCardVersion;
}

/** One unfolded property line of a card, its value still encoded. */
export interface ContentLine {
  /** 1-based physical line where the property starts. */
  line: number;
  group: string | null;
  /** Upper-cased property name. */
  name: string;
  /** Upper-cased parameter names; TYPE values split on commas. */
  params: Map<string, string[]>;
  value: string;
}
