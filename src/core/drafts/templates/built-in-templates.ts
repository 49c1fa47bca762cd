import { CHECK_IN_EMAIL } from "./check-in-email.js";
import { CHECK_IN_PHONE } from "./check-in-phone.js";
import { LINKEDIN_REQUEST } from "./linkedin-request.js";
import { LONG_RANGE_CHECK_IN_EMAIL } from "./long-range-check-in-email.js";
import { LONG_RANGE_CHECK_IN_PHONE } from "./long-range-check-in-phone.js";
import { MOVE_ON_EMAIL } from "./move-on-email.js";
import { OPEN_POSITIONS_INQUIRY_EMAIL } from "./open-positions-inquiry-email.js";
import { OPEN_POSITIONS_INQUIRY_PHONE } from "./open-positions-inquiry-phone.js";
import { POST_DECISION_HIRED_CARD } from "./post-decision-hired-card.js";
import { POST_DECISION_HIRED_EMAIL } from "./post-decision-hired-email.js";
import { POST_DECISION_NOT_HIRED_CARD } from "./post-decision-not-hired-card.js";
import { POST_DECISION_NOT_HIRED_EMAIL } from "./post-decision-not-hired-email.js";
import { REMINDER_EMAIL } from "./reminder-email.js";
import { REMINDER_PHONE } from "./reminder-phone.js";
import { SUMMARY_LETTER } from "./summary-letter.js";
import { THANK_YOU_CARD } from "./thank-you-card.js";
import { THANK_YOU_EMAIL } from "./thank-you-email.js";

/** The built-in defaults, keyed by template id. Email templates start with a "Subject:" line. */
export const BUILT_IN_TEMPLATES = {
  "thank-you-email": THANK_YOU_EMAIL,
  "thank-you-card": THANK_YOU_CARD,
  "linkedin-request": LINKEDIN_REQUEST,
  "summary-letter": SUMMARY_LETTER,
  "check-in-email": CHECK_IN_EMAIL,
  "check-in-phone": CHECK_IN_PHONE,
  "reminder-email": REMINDER_EMAIL,
  "reminder-phone": REMINDER_PHONE,
  "post-decision-hired-email": POST_DECISION_HIRED_EMAIL,
  "post-decision-hired-card": POST_DECISION_HIRED_CARD,
  "post-decision-not-hired-email": POST_DECISION_NOT_HIRED_EMAIL,
  "post-decision-not-hired-card": POST_DECISION_NOT_HIRED_CARD,
  "open-positions-inquiry-email": OPEN_POSITIONS_INQUIRY_EMAIL,
  "open-positions-inquiry-phone": OPEN_POSITIONS_INQUIRY_PHONE,
  "long-range-check-in-email": LONG_RANGE_CHECK_IN_EMAIL,
  "long-range-check-in-phone": LONG_RANGE_CHECK_IN_PHONE,
  "move-on-email": MOVE_ON_EMAIL,
} as const satisfies Record<string, string>;

export type TemplateId = keyof typeof BUILT_IN_TEMPLATES;

export const TEMPLATE_IDS = Object.keys(BUILT_IN_TEMPLATES) as TemplateId[];

export function isTemplateId(id: string): id is TemplateId {
  return Object.hasOwn(BUILT_IN_TEMPLATES, id);
}
