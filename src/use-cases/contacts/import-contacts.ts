import { parseVCards } from "../../core/vcard/parse-vcards.js";
import { AppError } from "../../errors/app-error.js";
import type { UseCaseContext } from "../context.js";
import { parseInput } from "../parse-input.js";
import {
  addContactsToInterview,
  type ContactToSeat,
  contactFields,
  type SeatedPeople,
} from "./add-contact.js";

/**
 * Seats everyone in a vCard file on an interview (R1), all or none. A card for someone the company
 * already knows (same email, or same name where an email is missing) fills in what they were
 * missing and is reported, with every real conflict left for the user to choose; importing the
 * same file again changes nothing. A file beyond VCARD_LIMITS
 * (cards, properties per card, bytes) is refused with INVALID_IMPORT stating them, before
 * anything is written; time and memory grow linearly with the file up to there.
 */
export async function importContacts(
  ctx: UseCaseContext,
  interviewId: string,
  vcardText: string,
): Promise<SeatedPeople> {
  const cards = parseVCards(vcardText);
  const people: ContactToSeat[] = cards.map((card, index) => {
    try {
      return parseInput(
        contactFields,
        {
          name: card.name,
          title: card.title,
          email: card.email,
          phone: card.phone,
          linkedinUrl: card.linkedinUrl,
          postalAddress: card.postalAddress,
        },
        "INVALID_IMPORT",
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new AppError("INVALID_IMPORT", `Card ${index + 1} (${card.name}): ${error.message}`, {
        field: `card ${index + 1}.${error.field ?? "vcard"}`,
        ...(error.accepted === undefined ? {} : { accepted: error.accepted }),
      });
    }
  });
  return addContactsToInterview(ctx, interviewId, people);
}
