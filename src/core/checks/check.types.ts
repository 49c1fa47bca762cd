import type { Channel, Note } from "../domain/types.js";

export interface CheckContext {
  channel: Channel;
  /** The recipient's name exactly as on their card (R1). */
  recipientName?: string | null;
  /** Contacts, companies and the user's own name: never spelling mistakes. */
  knownNames: string[];
  /** The user's own dictionary (tools, places, jargon). */
  userWords?: string[];
  /** The notes on record: their words ("dbt", "Anaplan") are the user's own, never misspellings. */
  noteWords?: string[];
  /** Drafts to colleagues at the same company (R7: they compare notes). */
  siblingDrafts?: string[];
  /** The notes of the interview; a message sharing nothing with them is generic (R22). */
  notes?: Note[];
  /** The email's subject (R19); only looked at for email. */
  subject?: string | null;
}

export type Severity = "error" | "warning";

export interface Finding {
  /** "R21-spelling", "R21-grammar", "R1-name", "placeholder", "R19-greeting", "R22-pushy"… */
  rule: string;
  severity: Severity;
  /** The span in the text, [start, end). */
  start: number;
  end: number;
  message: string;
  suggestion: string | null;
}
