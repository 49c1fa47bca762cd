import { editDistance } from "./edit-distance.js";

export interface NearMiss {
  /** The index of the name. */
  name: number;
  /** The part of that name the word is a near miss of. */
  part: string;
}

interface Part {
  text: string;
  /** One bit per character (hashed): an edit changes at most two bits. */
  letters: number;
  /** Edits allowed: one for short parts, two for longer ones. */
  within: number;
}

/**
 * R1: finds the first name part (in name order, then part order) that a word is one or two
 * edits away from, but not equal to. Parts of a different length or with different letters are
 * ruled out before any edit distance is computed: k edits change the length by at most k and the
 * set of letters by at most 2k, so most of many contacts' names cost two comparisons.
 */
export function nearMissFinder(
  names: readonly (readonly string[])[],
): (word: string, among?: readonly number[]) => NearMiss | null {
  const parts: Part[][] = names.map((nameParts) =>
    nameParts.map((text) => ({
      text,
      letters: lettersOf(text),
      within: text.length <= 5 ? 1 : 2,
    })),
  );
  return (word, among) => {
    const letters = lettersOf(word);
    const search = among ?? parts.keys();
    for (const n of search) {
      for (const part of parts[n] ?? []) {
        if (Math.abs(part.text.length - word.length) > part.within) continue;
        if (bitCount(part.letters ^ letters) > 2 * part.within) continue;
        const distance = editDistance(word, part.text, 2);
        if (distance > 0 && distance <= part.within) return { name: n, part: part.text };
      }
    }
    return null;
  };
}

function lettersOf(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= 1 << (text.charCodeAt(i) & 31);
  return bits;
}

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
