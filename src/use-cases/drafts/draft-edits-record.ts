import { z } from "zod";
import { CHANNELS } from "../../core/domain/types.js";
import type { SavedDraftEdits } from "../../store/repositories/draft-edits.repository.js";
import { recordOf } from "../record-schemas.js";

/** A draft being edited, as last saved: the shape the export document holds (R25 keeps it). */
export const draftEditsRecord = recordOf<SavedDraftEdits>()(
  z.object({
    actionId: z.string().regex(/^[a-z]+_[0-9a-z]+$/, "must be an id such as act_abc123"),
    ownSubject: z.boolean(),
    subject: z.string().nullable(),
    body: z.string().nullable(),
    revision: z.number().int().min(1),
    updatedAt: z.iso.datetime({
      offset: true,
      message: "must be an ISO instant such as 2026-11-20T14:00:00.000Z",
    }),
    channel: z.enum(CHANNELS).nullable(),
  }),
);
