// Bounds on what one response can put on record, so a huge board or feed stays cheap (R20).
export const MAX_ITEMS_PER_RESPONSE = 2000;
export const MAX_TITLE_CHARS = 300;
export const MAX_SUMMARY_CHARS = 400;
export const MAX_FIELD_CHARS = 200;
export const MAX_URL_CHARS = 2000;
