/**
 * Where a planner's why names its articles: " — sources 001, 004" before the sentence's end. Kept
 * apart from the titles (source-titles.ts) so Today's first script carries the pattern only.
 */
export const SOURCE_MENTIONS = /\s+—\s+sources?\s+((?:\d{3})(?:,\s*\d{3})*)(?=\s*(?:[;.(]|$))/g;

/**
 * A why as a short card says it (Today, R26): its rule and reason, the articles left to the
 * draft screen, where citeSources names them.
 */
export function withoutSources(why: string): string {
  return why.replace(SOURCE_MENTIONS, "");
}
