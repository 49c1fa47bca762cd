import { DateTime } from "luxon";
import { z } from "zod";
import { parseLocalDate } from "../../core/time/parse-local-date.js";
import { AppError, invalidInput } from "../../errors/app-error.js";
import { labelOf } from "../../errors/field-labels.js";
import {
  getContact,
  getParticipation,
  listParticipants,
  type Participant,
  updateParticipation,
} from "../../store/repositories/contact.repository.js";
import { lockCompanyPlanOfInterview } from "../../store/repositories/lock.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { requireInterview } from "../interviews/show-interview.js";
import { parseInput } from "../parse-input.js";
import { replanInterviewCompany } from "../planning/replan-interview-company.js";
import { channel, text } from "../schemas.js";
import { addContactInput } from "./add-contact.js";

/**
 * The follow-up commitment of one seat (R4), each optional: a date and channel change it, a null
 * (or empty) date clears it, and what is not given stays.
 */
export const editParticipationChanges = z.object({
  followUpOn: addContactInput.shape.followUpOn.optional(),
  followUpVia: channel.nullish(),
});
export const editParticipationInput = editParticipationChanges.extend({
  interviewId: text(40),
  contactId: text(40),
});
export type EditParticipationInput = z.input<typeof editParticipationInput>;

/**
 * Corrects what a person agreed at one interview: the day and channel to follow up (R4). The
 * company is re-planned at once, so the check-in with them lands on that day (R12), or goes back
 * to R11's date when the commitment is cleared. A date that is not real or already past (by the
 * clock, in the interview's zone) is refused.
 */
export async function editParticipation(
  ctx: UseCaseContext,
  raw: EditParticipationInput,
): Promise<Participant> {
  const input = parseInput(editParticipationInput, raw);
  return inTransaction(ctx, async (tx) => {
    await lockCompanyPlanOfInterview(tx.db, tx.accountId, input.interviewId);
    const interview = await requireInterview(tx, input.interviewId);
    const contact = await getContact(tx.db, tx.accountId, input.contactId);
    const before = contact
      ? await getParticipation(tx.db, tx.accountId, interview.id, contact.id)
      : null;
    if (!contact || !before) {
      throw new AppError(
        "NOT_FOUND",
        contact
          ? `${contact.name} is not on this interview.`
          : "There is no such person on this interview.",
        { field: "contactId", accepted: "a person seated on this interview" },
      );
    }
    const today = DateTime.fromISO(tx.now(), { zone: interview.timeZone }).toISODate() as string;
    let followUpOn = before.followUpOn;
    if (input.followUpOn !== undefined) {
      followUpOn = input.followUpOn === null ? null : agreedDate(input.followUpOn, today);
    }
    if (followUpOn === null && input.followUpVia) {
      throw invalidInput(
        "followUpOn",
        "A follow-up channel was given without its date.",
        "a date as YYYY-MM-DD with the channel",
      );
    }
    const followUpVia =
      followUpOn === null
        ? null
        : (input.followUpVia ?? before.followUpVia ?? contact.preferredChannel ?? "email");
    await updateParticipation(tx.db, tx.accountId, { ...before, followUpOn, followUpVia });
    await replanInterviewCompany(tx, interview);
    const seated = await listParticipants(tx.db, tx.accountId, interview.id);
    return seated.find((p) => p.id === contact.id) as Participant;
  });
}

/** The agreed day as given: a real date, today or later; refused by the field's label. */
function agreedDate(text: string, today: string): string {
  const label = labelOf("followUpOn");
  let on: string;
  try {
    on = parseLocalDate(text, "followUpOn");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw invalidInput("followUpOn", `${label}: ${error.message}`, error.accepted);
  }
  if (on < today) {
    throw invalidInput(
      "followUpOn",
      `${label}: ${on} is already past (today is ${today}).`,
      `today (${today}) or a later date, or none to clear it`,
    );
  }
  return on;
}
