import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import type { UseCaseContext } from "../../src/use-cases/context.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { showPlan } from "../../src/use-cases/planning/show-plan.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { approveAndQueue } from "../../src/use-cases/sending/approve-and-queue.js";

/**
 * `count` approved thank-you emails, each to its own person at its own company (so a re-plan
 * after one is sent never touches another), queued to go out now. Returns the action ids.
 */
export async function seedApprovedMessages(
  ctx: UseCaseContext,
  count: number,
  parallel = 8,
): Promise<string[]> {
  await setProfile(ctx, {
    name: "Ana Ruiz",
    email: "ana@example.org",
    timeZone: "UTC",
    country: "US",
  });
  const ids: string[] = [];
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, j) => start + j);
    ids.push(...(await Promise.all(batch.map((i) => seedOne(ctx, i)))));
  }
  return ids;
}

async function seedOne(ctx: UseCaseContext, i: number): Promise<string> {
  const { interview } = await addInterview(ctx, {
    company: `Company ${i}`,
    role: "Engineer",
    at: "2026-11-20T10:00",
    timeZone: "UTC",
  });
  await addContact(ctx, {
    interviewId: interview.id,
    name: `Person ${i}`,
    email: `person${i}@example.com`,
    role: "interviewer",
  });
  const action = (await showPlan(ctx, interview.id)).find((a) => a.kind === "thank-you-email");
  if (!action) throw new Error(`no thank-you email planned for interview ${i}`);
  await approveAndQueue(ctx, {
    actionId: action.id,
    at: "now",
    subject: `Thank you, Person ${i}`,
    body: `Dear Person ${i},\n\nThank you for your time today.\n\nAna`,
  });
  return action.id;
}
