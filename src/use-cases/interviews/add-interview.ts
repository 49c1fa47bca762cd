import { z } from "zod";
import { createBusinessCalendar } from "../../core/calendar/create-business-calendar.js";
import type { Application, Company, Interview } from "../../core/domain/types.js";
import { assertTimeZone } from "../../core/time/assert-time-zone.js";
import { parseInstant } from "../../core/time/parse-instant.js";
import { keepTimeline } from "../../core/timeline/keep-timeline.js";
import { newId } from "../../shared/new-id.js";
import {
  ensureCompany,
  findApplication,
  getApplication,
  getCompany,
  insertApplication,
  updateApplicationStatus,
} from "../../store/repositories/company.repository.js";
import { getInterview, insertInterview } from "../../store/repositories/interview.repository.js";
import { lockCompanyPlan } from "../../store/repositories/lock.repository.js";
import { oncePerClientId } from "../client-writes/once-per-client-id.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { replanCompany } from "../planning/replan-company.js";
import { getProfile } from "../profile/get-profile.js";
import { clientId, countryCode, interviewFormat, optionalText, text, url } from "../schemas.js";

export const addInterviewInput = z.object({
  company: text(200),
  role: text(200),
  /** When it started: ISO with an offset, or wall time read in `timeZone`. */
  at: text(40),
  timeZone: text(64).optional(),
  format: interviewFormat.default("on-site"),
  location: optionalText(500),
  round: z.number().int().min(1).max(20).optional(),
  timeline: optionalText(200),
  nextStep: optionalText(500),
  feeling: optionalText(500),
  postingUrl: url,
  website: url,
  country: countryCode.nullish(),
  region: optionalText(10),
  sendCard: z.boolean().nullish(),
  summaryLetter: z.boolean().nullish(),
  clientId,
});
export type AddInterviewInput = z.input<typeof addInterviewInput>;

export interface AddedInterview {
  interview: Interview;
  company: Company;
  application: Application;
}

/**
 * Records an interview, creating its company and application on first sight, keeps the timeline
 * as said with the day it ends on, when the words give one (R3), and plans its follow-ups. Sent
 * again with the same client id (the phone syncing), it answers with the interview it made.
 */
export async function addInterview(
  ctx: UseCaseContext,
  raw: AddInterviewInput,
): Promise<AddedInterview> {
  const input = parseInput(addInterviewInput, raw);
  const profile = await getProfile(ctx);
  const timeZone = assertTimeZone(input.timeZone ?? profile.timeZone, "timeZone");
  const startsAt = parseInstant(input.at, timeZone, "at");
  if (input.country) createBusinessCalendar(input.country, input.region);
  // R3: the words as said; words that give no date are kept too (R11 assumes the default).
  const timeline = input.timeline ? keepTimeline(input.timeline, startsAt, timeZone) : null;
  const now = ctx.now();
  const { clientId: _, ...fields } = input;

  return oncePerClientId(
    ctx,
    { clientId: input.clientId, kind: "interview", input: fields },
    {
      write: (tx) =>
        inTransaction(tx, (tx) => writeInterview(tx, input, { startsAt, timeZone, timeline, now })),
      recordIdOf: (made) => made.interview.id,
      stored: storedInterview,
    },
  );
}

async function writeInterview(
  tx: UseCaseContext,
  input: z.output<typeof addInterviewInput>,
  at: {
    startsAt: string;
    timeZone: string;
    timeline: ReturnType<typeof keepTimeline> | null;
    now: string;
  },
): Promise<AddedInterview> {
  const { startsAt, timeZone, timeline, now } = at;
  const company = await ensureCompany(
    tx.db,
    tx.accountId,
    {
      id: newId("co"),
      name: input.company,
      website: input.website,
      country: null,
      region: null,
      register: null,
    },
    now,
  );
  await lockCompanyPlan(tx.db, tx.accountId, company.id);
  let application = await findApplication(tx.db, tx.accountId, company.id, input.role);
  if (!application) {
    application = {
      id: newId("ap"),
      companyId: company.id,
      role: input.role,
      postingUrl: input.postingUrl,
      status: "interviewing",
      createdAt: now,
    };
    await insertApplication(tx.db, tx.accountId, application);
  } else if (application.status === "applied") {
    await updateApplicationStatus(tx.db, tx.accountId, application.id, "interviewing");
    application = { ...application, status: "interviewing" };
  }
  const interview: Interview = {
    id: newId("iv"),
    applicationId: application.id,
    round: input.round ?? 1,
    startsAt,
    timeZone,
    format: input.format,
    location: input.location,
    timelineText: timeline?.text ?? null,
    timelineDate: timeline?.date ?? null,
    nextStep: input.nextStep,
    feeling: input.feeling,
    country: input.country ?? null,
    region: input.country ? input.region : null,
    sendCard: input.sendCard ?? null,
    summaryLetter: input.summaryLetter ?? null,
    createdAt: now,
  };
  await insertInterview(tx.db, tx.accountId, interview);
  await replanCompany(tx, company.id);
  return { interview, company, application };
}

/** The interview a write with a client id made, with its company and application as they are now. */
async function storedInterview(ctx: UseCaseContext, id: string): Promise<AddedInterview | null> {
  const interview = await getInterview(ctx.db, ctx.accountId, id);
  if (!interview) return null;
  const application = await getApplication(ctx.db, ctx.accountId, interview.applicationId);
  if (!application) return null;
  const company = await getCompany(ctx.db, ctx.accountId, application.companyId);
  return company ? { interview, company, application } : null;
}
