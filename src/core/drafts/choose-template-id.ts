import type { ActionKind, ApplicationStatus, Channel } from "../domain/types.js";
import type { TemplateId } from "./templates/built-in-templates.js";

type Family = "email" | "phone" | "card" | "letter" | "linkedin";

/** A visit is prepared like a call; a letter is the written message in a letter's frame. */
function familyOf(channel: Channel): Family {
  switch (channel) {
    case "email":
      return "email";
    case "phone":
    case "in-person":
      return "phone";
    case "card":
      return "card";
    case "letter":
      return "letter";
    case "linkedin":
      return "linkedin";
    default:
      return channel satisfies never;
  }
}

type Table = { default: TemplateId } & Partial<Record<Family, TemplateId>>;

function tableFor(kind: ActionKind, status: ApplicationStatus): Table {
  switch (kind) {
    case "thank-you-email":
    case "thank-you-card":
      return { default: "thank-you-email", card: "thank-you-card" };
    case "linkedin-request":
      return { default: "linkedin-request" };
    case "summary-letter":
      return { default: "summary-letter" };
    case "check-in":
      return { default: "check-in-email", phone: "check-in-phone" };
    case "reminder":
      return { default: "reminder-email", phone: "reminder-phone" };
    case "post-decision-thanks":
      // R17: hired → thanks to hiring manager and supervisor; otherwise thanks for the chance.
      return status === "hired"
        ? { default: "post-decision-hired-email", card: "post-decision-hired-card" }
        : { default: "post-decision-not-hired-email", card: "post-decision-not-hired-card" };
    case "open-positions-inquiry":
      return { default: "open-positions-inquiry-email", phone: "open-positions-inquiry-phone" };
    case "long-range-check-in":
      return { default: "long-range-check-in-email", phone: "long-range-check-in-phone" };
    case "move-on":
      return { default: "move-on-email" };
    default:
      return kind satisfies never;
  }
}

/**
 * The built-in template for an action kind on a channel, falling back to the kind's default (the
 * email's text, which a letter sets in its frame: compose-draft.ts).
 */
export function chooseTemplateId(
  kind: ActionKind,
  channel: Channel,
  status: ApplicationStatus,
): TemplateId {
  const table = tableFor(kind, status);
  if (kind === "summary-letter" || kind === "linkedin-request") return table.default;
  return table[familyOf(channel)] ?? table.default;
}
