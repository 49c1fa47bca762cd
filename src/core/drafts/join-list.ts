/** "a", "a and b", "a, b, and c": notes are jotted as phrases, so trailing full stops go. */
export function joinList(items: readonly string[]): string {
  const clean = items.map((item) => item.trim().replace(/[.;,]+$/, ""));
  if (clean.length <= 1) return clean[0] ?? "";
  if (clean.length === 2) return `${clean[0]} and ${clean[1]}`;
  return `${clean.slice(0, -1).join(", ")}, and ${clean.at(-1)}`;
}
