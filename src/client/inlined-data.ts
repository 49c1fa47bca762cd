/**
 * The id of the `<script type="application/json">` in which the server sends Today's agenda with
 * the first HTML (R26: the first screen needs no second round trip). The web app reads it once.
 */
export const INLINED_AGENDA_ID = "today-agenda";

/** Follow-ups per group on Today's first page; a long group shows more on request. */
export const TODAY_PAGE_SIZE = 25;
