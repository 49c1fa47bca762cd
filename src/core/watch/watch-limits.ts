// Bounds on what one response can put on record, so a huge board or feed stays cheap (R20).
export const MAX_ITEMS_PER_RESPONSE = 2000;
export const MAX_TITLE_CHARS = 300;
export const MAX_SUMMARY_CHARS = 400;
export const MAX_FIELD_CHARS = 200;
export const MAX_URL_CHARS = 2000;

// What one account may ask of a server that runs for many (R20): so many sources, so many reads
// an hour by the hosted job queue (a source is read by it at most once an hour).
export const MAX_SOURCES_PER_ACCOUNT = 30;
export const MAX_QUEUED_POLLS_PER_ACCOUNT_PER_HOUR = 20;
