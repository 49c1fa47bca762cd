import type { z } from "zod";
import type {
  deletedEventSchema,
  editedEventSchema,
} from "../transports/http/schemas/event-change.schemas.js";
import type { planChangeSchema } from "../transports/http/schemas/plan-change.schema.js";
import type { editEventChanges } from "../use-cases/planning/edit-event.js";

// The types of an event's correction and delete, and of what a change moved in the plan (R16).
export type PlanChange = z.output<typeof planChangeSchema>;
export type EditEventRequest = z.input<typeof editEventChanges>;
export type EditedEvent = z.output<typeof editedEventSchema>;
export type DeletedEvent = z.output<typeof deletedEventSchema>;
