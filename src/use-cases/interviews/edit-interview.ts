import type { z } from "zod";
import { createBusinessCalendar } from "../../core/calendar/create-business-calendar.js";
import type { Interview } from "../../core/domain/types.js";
import { assertTimeZone } from "../../core/time/assert-time-zone.js";
import { parseInstant } from "../../core/time/parse-instant.js";
import { keepTimeline } from "../../core/timeline/keep-timeline.js";
import { notFound } from "../../errors/app-error.js";
import { getInterview, updateInterview } from "../../store/repositories/interview.repository.js";
import { lockCompanyPlanOfInterview } from "../../store/repositories/lock.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { replanInterviewCompany } from "../planning/replan-interview-company.js";
import { interviewFormat, text } from "../schemas.js";
import { addInterviewInput } from "./add-interview.js";

/**
 * The interview's own fields, as addInterview takes them, each optional: what is given changes,
 * the rest stays. (Company and role belong to the application and are changed there.)
 */
export const editInterviewChanges = addInterviewInput
  .omit({ company: true, role: true, postingUrl: true, website: true })
  .partial()
  // Without its default: an edit that does not name the format keeps the one stored.
  .extend({ format: interviewFormat.optional() });
export const editInterviewInput = editInterviewChanges.extend({ id: text(40) });
export type EditInterviewInput = z.input<typeof editInterviewInput>;

/**
 * Corrects an interview — its time and zone, format, place, the timeline as said (R3), how it
 * felt, its holiday calendar — and re-plans the company at once (R16).
 */
export async function editInterview(
  ctx: UseCaseContext,
  raw: EditInterviewInput,
): Promise<Interview> {
  const input = parseInput(editInterviewInput, raw);
  return inTransaction(ctx, async (tx) => {
    await lockCompanyPlanOfInterview(tx.db, tx.accountId, input.id);
    const before = await getInterview(tx.db, tx.accountId, input.id);
    if (!before) throw notFound("interview", "id");
    const timeZone =
      input.timeZone === undefined ? before.timeZone : assertTimeZone(input.timeZone, "timeZone");
    // A new zone alone keeps the instant; a new time is read in the (new) zone.
    const startsAt =
      input.at === undefined ? before.startsAt : parseInstant(input.at, timeZone, "at");
    const timelineWords = input.timeline === undefined ? before.timelineText : input.timeline;
    const timeline = timelineWords ? keepTimeline(timelineWords, startsAt, timeZone) : null;
    const country = input.country === undefined ? before.country : input.country;
    const region = country ? (input.region === undefined ? before.region : input.region) : null;
    if (country) createBusinessCalendar(country, region);
    const next: Interview = {
      ...before,
      startsAt,
      timeZone,
      format: input.format ?? before.format,
      location: input.location === undefined ? before.location : input.location,
      round: input.round ?? before.round,
      timelineText: timeline?.text ?? null,
      timelineDate: timeline?.date ?? null,
      nextStep: input.nextStep === undefined ? before.nextStep : input.nextStep,
      feeling: input.feeling === undefined ? before.feeling : input.feeling,
      country: country ?? null,
      region,
      sendCard: input.sendCard === undefined ? before.sendCard : input.sendCard,
      summaryLetter: input.summaryLetter === undefined ? before.summaryLetter : input.summaryLetter,
    };
    await updateInterview(tx.db, tx.accountId, next);
    await replanInterviewCompany(tx, next);
    return next;
  });
}
