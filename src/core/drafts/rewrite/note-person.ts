/** Who a note is about and who will read the message it goes into. */
export interface NoteReaders {
  /** The person the note is attached to (its third person), or null for an interview-wide note. */
  about: string | null;
  /** The person the message is to; null when it is to a team or to whoever asks. */
  reader: string | null;
  /** Everyone else of the interview: a note that names one of them keeps its person after it. */
  others: readonly string[];
}

/** The words of a name a note may use for the person: the whole name and the first name. */
export function nameForms(name: string): string[] {
  const whole = name.trim();
  const first = whole.split(/\s+/)[0] ?? whole;
  return first === whole ? [whole] : [whole, first];
}
