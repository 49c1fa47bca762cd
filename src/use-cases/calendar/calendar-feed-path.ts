/** Where the HTTP server serves the feed of a secret (R24: a calendar the user subscribes to). */
export function calendarFeedPath(secret: string): string {
  return `/calendar/${secret}.ics`;
}
