import { invalidInput } from "../../../errors/app-error.js";
import type { Channel } from "../../domain/types.js";

export type DraftFormat = "text" | "eml" | "mailto" | "pdf";

/** The formats each channel has a use for: an email is sent, a letter or card printed. */
export const FORMATS_BY_CHANNEL: Record<Channel, readonly DraftFormat[]> = {
  email: ["text", "eml", "mailto"],
  letter: ["text", "pdf"],
  card: ["text", "pdf"],
  linkedin: ["text"],
  phone: ["text"],
  "in-person": ["text"],
};

export function assertFormat(channel: Channel, format: DraftFormat): void {
  const accepted = FORMATS_BY_CHANNEL[channel];
  if (!accepted.includes(format)) {
    throw invalidInput(
      "format",
      `A ${channel} draft cannot be exported as ${format}.`,
      accepted.join(", "),
    );
  }
}
