/** Word 3-gram (shingle) Jaccard similarity, with the given names masked out. */
export function shingleSimilarity(a: string, b: string, names: readonly string[] = []): number {
  const sa = shingles(a, names);
  const sb = shingles(b, names);
  if (sa.size === 0 && sb.size === 0) return 1;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / (sa.size + sb.size - shared);
}

function shingles(text: string, names: readonly string[]): Set<string> {
  let masked = text.toLowerCase();
  for (const name of names) {
    for (const part of name
      .toLowerCase()
      .split(/\s+/)
      .filter((p) => p.length > 1)) {
      masked = masked.split(part).join(" _ ");
    }
  }
  const words = masked.match(/[\p{L}\p{N}'’_]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(" "));
  if (words.length > 0 && words.length < 3) out.add(words.join(" "));
  return out;
}
