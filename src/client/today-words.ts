import type { ActionKind } from "../core/domain/types.js";

export { channelLabel, channelNoun } from "../core/domain/channel-words.js";

// The words of the first screen, shared by the web app and the server, which draws Today's first
// cards into the first HTML (R26) with the same labels, dates and navigation the app then renders.

const KIND_LABELS: Record<ActionKind, string> = {
  "thank-you-email": "Thank-you email",
  "thank-you-card": "Handwritten card",
  "linkedin-request": "LinkedIn request",
  "summary-letter": "Summary letter",
  "check-in": "Check-in",
  reminder: "Reminder",
  "post-decision-thanks": "Thanks after the decision",
  "open-positions-inquiry": "Ask about open positions",
  "long-range-check-in": "Long-range check-in",
  "move-on": "Time to move on",
};

export function kindLabel(kind: ActionKind): string {
  return KIND_LABELS[kind];
}

const DATE_PARTS: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
};

/**
 * "Fri 20 Nov 2026" for a local date (YYYY-MM-DD) in `locale` (the browser's own when absent; the
 * server passes the request's Accept-Language so its first HTML reads as the app will).
 */
export function localDateLabel(date: string, locale?: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return dateFormat(locale).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** Formatters by locale ("" the browser's own), at most MAX_FORMATS kept. */
const formats = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATS = 16;

/**
 * One formatter per locale, made once: `toLocaleDateString` builds a new one on every call, about
 * 15 times the cost of formatting with a kept one, and Today formats a date on every card.
 */
function dateFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? "";
  let format = formats.get(key);
  if (!format) {
    // Bounded: each request's Accept-Language may name another locale.
    if (formats.size >= MAX_FORMATS) formats.clear();
    format = new Intl.DateTimeFormat(locale, { ...DATE_PARTS, timeZone: "UTC" });
    formats.set(key, format);
  }
  return format;
}

/** The app's main navigation: each screen's address and name. */
export const APP_NAV = [
  ["/", "Today"],
  ["/capture", "Capture"],
  ["/interviews", "Interviews"],
  ["/contacts", "Contacts"],
  ["/search", "Search"],
  ["/settings", "Settings"],
] as const;

/** Today's groups in the order shown, each with its title. */
export const TODAY_GROUPS = [
  ["overdue", "Overdue"],
  ["dueToday", "Due today"],
  ["upcoming", "Upcoming"],
] as const;

/** The id of a group's heading, from its title ("group-due-today"). */
export function groupHeadingId(title: string): string {
  return `group-${title.toLowerCase().replace(/\s+/g, "-")}`;
}
