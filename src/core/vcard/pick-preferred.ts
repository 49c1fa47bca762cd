import type { ContentLine } from "./parse-vcards.types.js";

/** RFC 6350 §5.3: PREF runs 1 (most) to 100; a property without one is least preferred. */
function prefRank(property: ContentLine): number {
  const types = (property.params.get("TYPE") ?? []).map((t) => t.toLowerCase());
  if (types.includes("pref")) return 1;
  const pref = Number.parseInt(property.params.get("PREF")?.[0] ?? "", 10);
  return Number.isInteger(pref) && pref >= 1 && pref <= 100 ? pref : 101;
}

function isWork(property: ContentLine): boolean {
  return (property.params.get("TYPE") ?? []).some((t) => t.toLowerCase() === "work");
}

/**
 * The property to use for a contact (R1): the preferred one (PREF=1 or TYPE=pref), else a work
 * one, else the first as written.
 */
export function pickPreferred(properties: readonly ContentLine[]): ContentLine | null {
  const ranked = properties
    .map((property, index) => ({ property, index }))
    .sort(
      (a, b) =>
        prefRank(a.property) - prefRank(b.property) ||
        Number(isWork(b.property)) - Number(isWork(a.property)) ||
        a.index - b.index,
    );
  return ranked[0]?.property ?? null;
}
