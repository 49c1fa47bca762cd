/** An interview as mail filing sees it. */
export interface InterviewAt {
  id: string;
  /** ISO instant. */
  startsAt: string;
}

/**
 * The interview a message follows (R25: filed where it belongs): the latest one that had started
 * by the message's date; a message older than all of them goes with the first, the one it led
 * to. Without a date, the latest. Null when there is none.
 */
export function interviewFollowed(
  interviews: readonly InterviewAt[],
  at: string | null,
): InterviewAt | null {
  const sorted = [...interviews].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || (a.id < b.id ? -1 : 1),
  );
  if (at === null) return sorted[sorted.length - 1] ?? null;
  const atMs = Date.parse(at);
  const started = sorted.filter((i) => Date.parse(i.startsAt) <= atMs);
  return started[started.length - 1] ?? sorted[0] ?? null;
}
