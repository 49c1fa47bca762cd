import { MAX_URL_CHARS } from "./watch-limits.js";

/** `raw` as an absolute http(s) URL (resolved against `base` when relative), or null. */
export function safeUrl(raw: unknown, base?: string): string | null {
  if (typeof raw !== "string" || raw.trim() === "" || raw.length > MAX_URL_CHARS) return null;
  try {
    const url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
    // Only web links: a javascript: or data: link in a feed never reaches a page or a draft.
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.href;
  } catch {
    return null;
  }
}
