// The same word pattern as the text's (text-spans.ts), so a record splits where the text does.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;

/**
 * R1: the words of the records' names (people, the company, the user's own words) as the checks
 * compare them: split like the text, without the punctuation around them ("Ñandú, S.A." →
 * "Ñandú", "S", "A"), in Unicode NFC, so an accented spelling typed or pasted in either form is
 * the record's own and never a misspelling of it.
 */
export function recordWordsOf(name: string): string[] {
  return [...name.normalize("NFC").matchAll(WORD)].map((m) => m[0]);
}
