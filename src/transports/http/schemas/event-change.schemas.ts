import { z } from "@hono/zod-openapi";
import { eventSchema } from "./domain.schemas.js";
import { planChangesSchema } from "./plan-change.schema.js";
import { trashEntrySchema } from "./views.schemas.js";

// The answers of an event's correction and delete: the event, and what moved in the plan (R16).

export const editedEventSchema = z
  .object({ event: eventSchema, moved: planChangesSchema })
  .openapi("EditedEvent");

export const deletedEventSchema = trashEntrySchema.options[1]
  .extend({ moved: planChangesSchema })
  .openapi("DeletedEvent");
