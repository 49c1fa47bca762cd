import type { api } from "./api.js";

/**
 * The API client, fetched when Today first calls it (a follow-up marked done, a group's next
 * page): Today's first cards come with the page, so a first visit's script carries Today's screen
 * and React, not every route's client (issue 12). Every other screen imports ./api.js itself.
 */
export function loadApi(): Promise<typeof api> {
  return import("./api.js").then((m) => m.api);
}
