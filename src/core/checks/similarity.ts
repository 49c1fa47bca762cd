// Words with their combining marks ("e" + U+0301 is one letter, not a word break).
const TOKEN = /[\p{L}\p{M}\p{N}'’_]+/gu;

/** Word 3-gram (shingle) Jaccard similarity, with the given names masked out. */
export function shingleSimilarity(a: string, b: string, names: readonly string[] = []): number {
  const mask = nameMask(names);
  const ids = new Map<string, number>();
  return jaccard(shinglesOf(a, mask, ids), shinglesOf(b, mask, ids));
}

/** The words of the names, lower case, that shinglesOf replaces by "_" (R7 compares what was said). */
export function nameMask(names: readonly string[]): Set<string> {
  return new Set(
    names.flatMap((name) => name.toLowerCase().match(TOKEN) ?? []).filter((w) => w.length > 1),
  );
}

/**
 * The word 3-grams of a text, each name word (and its possessive, "dana's" → "_ 's") masked.
 * One pass over the words, however many names there are. A 3-gram is a number made of its
 * words' numbers in `ids`, shared by the texts compared; a text of one or two words is itself.
 */
export function shinglesOf(
  text: string,
  mask: ReadonlySet<string>,
  ids: Map<string, number> = new Map(),
): Set<number | string> {
  const words: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(TOKEN)) {
    const possessive = word.length > 2 && (word.endsWith("'s") || word.endsWith("’s"));
    if (mask.has(word)) words.push("_");
    else if (possessive && mask.has(word.slice(0, -2))) words.push("_", word.slice(-2));
    else words.push(word);
  }
  const out = new Set<number | string>();
  if (words.length > 0 && words.length < 3) out.add(words.join(" "));
  const numbers = words.map((w) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = ids.size;
      ids.set(w, id);
    }
    return id;
  });
  for (let i = 0; i + 3 <= numbers.length; i++) {
    out.add(gram(numbers[i] as number, numbers[i + 1] as number, numbers[i + 2] as number));
  }
  return out;
}

/** Three word numbers as one: exact below 2^17 words, else a string (a long text has fewer). */
function gram(a: number, b: number, c: number): number | string {
  return a < WORDS && b < WORDS && c < WORDS ? (a * WORDS + b) * WORDS + c : `${a} ${b} ${c}`;
}
const WORDS = 2 ** 17;

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}
