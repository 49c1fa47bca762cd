import { z } from "@hono/zod-openapi";
import { ACTION_KINDS } from "../../../core/domain/types.js";
import type { PlanChange } from "../../../core/planner/plan-changes.js";
import { recordOf } from "../../../use-cases/record-schemas.js";

// What a change to a company's records did to its plan (R16), in words for the page that made it.

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const planChangeSchema = recordOf<PlanChange>()(
  z.object({
    actionId: z.string(),
    interviewId: z.string(),
    kind: z.enum(ACTION_KINDS),
    contactId: z.string().nullable(),
    contactName: z.string().nullable(),
    change: z.enum(["moved", "cancelled", "added"]),
    fromDue: localDate.nullable(),
    toDue: localDate.nullable(),
    reason: z.string(),
    sentence: z.string(),
  }),
).openapi("PlanChange", {
  description:
    'An open follow-up the change moved, cancelled or added, in words: "Check-in with Dana Whitfield moved from Tue 8 Dec to Thu 17 Dec: …"',
});

export const planChangesSchema = z.array(planChangeSchema);
