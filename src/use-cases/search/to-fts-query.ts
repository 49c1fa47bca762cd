/**
 * The user's words as an FTS5 query with the meaning PostgreSQL's websearch_to_tsquery gives
 * them, so both databases answer alike: words must all appear, "quoted words" as a phrase,
 * -word must not appear, and `or` between two terms takes either. Every term is quoted, so no
 * character the user types is FTS5 syntax. Null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const terms: { phrase: string; negated: boolean; or: boolean }[] = [];
  let pendingOr = false;
  const pattern = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
  for (const match of text.matchAll(pattern)) {
    const negated = (match[1] ?? match[3]) === "-";
    const raw = match[2] ?? match[4] ?? "";
    if (match[4] !== undefined && raw.toLowerCase() === "or" && !negated) {
      pendingOr = terms.length > 0;
      continue;
    }
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    terms.push({ phrase: `"${words.join(" ")}"`, negated, or: pendingOr });
    pendingOr = false;
  }
  const positive = terms.filter((t) => !t.negated);
  if (positive.length === 0) return null;
  // Groups joined by AND; an `or` glues a term to the group before it.
  const groups: string[][] = [];
  for (const term of positive) {
    const last = groups[groups.length - 1];
    if (term.or && last) last.push(term.phrase);
    else groups.push([term.phrase]);
  }
  const query = groups.map((g) => (g.length === 1 ? g[0] : `(${g.join(" OR ")})`)).join(" AND ");
  const excluded = terms.filter((t) => t.negated).map((t) => t.phrase);
  return excluded.length === 0 ? query : `(${query}) NOT (${excluded.join(" OR ")})`;
}
