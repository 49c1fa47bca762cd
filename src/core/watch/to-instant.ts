const EARLIEST = Date.UTC(1995, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/**
 * A date a board or feed wrote (ISO-8601, RFC 2822, "2026-11-23 10:00:00 UTC", a day alone, or
 * milliseconds since 1970) as a UTC ISO-8601 instant, or null when it cannot be read or lies
 * outside 1995–2100 (a placeholder, not a date).
 */
export function toInstant(value: unknown): string | null {
  let ms: number;
  if (typeof value === "number") ms = value;
  else if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "string") {
    const text = value.trim();
    if (text === "" || text.length > 64) return null;
    const spaced =
      /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?: ?(UTC|Z|[+-]\d{2}:?\d{2}))?$/.exec(
        text,
      );
    const normal = spaced
      ? `${spaced[1]}T${spaced[2]}${spaced[3] === undefined || spaced[3] === "UTC" ? "Z" : spaced[3]}`
      : /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? `${text}T00:00:00Z`
        : text;
    ms = Date.parse(normal);
  } else return null;
  if (!Number.isFinite(ms) || ms < EARLIEST || ms >= LATEST) return null;
  return new Date(ms).toISOString();
}
