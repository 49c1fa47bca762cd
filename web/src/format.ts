import type { ActionKind, Channel } from "../../src/core/domain/types.js";

// Words a person reads for the records' codes. Pure helpers, no user text ever becomes HTML.

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

const CHANNEL_LABELS: Record<Channel, string> = {
  email: "email",
  phone: "phone",
  letter: "letter",
  card: "card",
  linkedin: "LinkedIn",
  "in-person": "in person",
};

export function channelLabel(channel: Channel): string {
  return CHANNEL_LABELS[channel];
}

/** "Fri 20 Nov 2026" for a local date (or the date of an instant, in the browser's zone). */
export function formatDate(date: string): string {
  if (date.includes("T"))
    return new Date(date).toLocaleDateString(undefined, {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
    });
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** An instant in a zone, e.g. "Fri 20 Nov 2026, 14:00". */
export function formatInstant(instant: string, timeZone?: string): string {
  return new Date(instant).toLocaleString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(timeZone ? { timeZone } : {}),
  });
}

/** The browser's zone: the default for an interview typed on the phone right after it. */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Local date (YYYY-MM-DD) plus days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
