import { z } from "@hono/zod-openapi";
import { CHANNELS } from "../../../core/domain/types.js";
import {
  TEMPLATE_IDS,
  type TemplateId,
} from "../../../core/drafts/templates/built-in-templates.js";
import { actionSchema } from "./domain.schemas.js";

export const findingSchema = z
  .object({
    rule: z.string().openapi({ example: "R21-spelling" }),
    severity: z.enum(["error", "warning"]),
    start: z.number().int().openapi({ description: "Span in the text, [start, end)" }),
    end: z.number().int(),
    message: z.string(),
    suggestion: z.string().nullable(),
  })
  .openapi("Finding");

export const draftSchema = z
  .object({
    channel: z.enum(CHANNELS),
    subject: z.string().nullable(),
    body: z.string(),
    to: z.string().nullable(),
    missing: z
      .array(z.string())
      .openapi({ description: "What the records lack, each saying what to add" }),
    templateId: z.enum(TEMPLATE_IDS as [TemplateId, ...TemplateId[]]),
  })
  .openapi("Draft");

export const sentTextSchema = z
  .object({
    state: z.enum(["sent", "done", "queued", "sending", "failed", "cancelled"]).openapi({
      description: "sent/done: kept on record (R25); otherwise the outbox message's state",
    }),
    at: z
      .string()
      .nullable()
      .openapi({ description: "When it went out (queued: when it is to go)" }),
    to: z.string().nullable().openapi({ example: "Dana Whitfield <dana@acme.example>" }),
  })
  .openapi("SentText");

export const draftNewsSchema = z
  .object({
    pickedId: z
      .string()
      .nullable()
      .openapi({ description: "The news item this check-in mentions, or null" }),
    choices: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          url: z.string().nullable(),
          publishedAt: z.string().nullable(),
        }),
      )
      .openapi({
        description:
          "The company's latest news not dismissed, to pick from (R20); none for a follow-up that mentions no news, or once sent",
      }),
  })
  .openapi("DraftNews");

export const actionDraftSchema = z
  .object({
    draft: draftSchema,
    findings: z.array(findingSchema),
    action: actionSchema,
    applicationId: z.string(),
    companyName: z.string(),
    recipientName: z.string().nullable(),
    formats: z
      .array(z.enum(["text", "eml", "mailto", "pdf"]))
      .openapi({ description: "The files this channel has a use for" }),
    channels: z.array(z.enum(CHANNELS)).openapi({
      description:
        "The channels the draft can be switched to (POST /api/actions/{id}/draft/channel), the planned one first",
    }),
    edited: z
      .boolean()
      .openapi({ description: "True when the text is the user's own, as last saved" }),
    revision: z.number().int().openapi({
      description: "The saved edits' revision (0: never saved); a save sends back the one it saw",
    }),
    savedAt: z.string().nullable(),
    sent: sentTextSchema.nullable().openapi({
      description:
        "Set once the message is on record or in the outbox: the draft is then that text, read-only",
    }),
    news: draftNewsSchema,
  })
  .openapi("ActionDraft");

export const draftSaveStateSchema = z
  .object({
    actionId: z.string(),
    edited: z.boolean(),
    revision: z.number().int(),
    savedAt: z.string().nullable(),
  })
  .openapi("DraftSaveState");

export const templateSchema = z
  .object({ id: z.string(), text: z.string(), edited: z.boolean() })
  .openapi("Template");

export const answerSchema = z
  .object({
    kind: z.string(),
    answer: z.string(),
    missing: z.array(z.string()).openapi({
      description: "Sentences left out for want of a record, each saying what to add (R23)",
    }),
  })
  .openapi("Answer");

export const searchHitSchema = z
  .object({
    kind: z.enum(["note", "event", "correspondence"]).openapi({
      description: "A note; a reply, call or decision with its note; or logged mail",
    }),
    id: z.string(),
    interviewId: z.string().nullable(),
    applicationId: z
      .string()
      .nullable()
      .openapi({ description: "The application the hit opens (/applications/{id})" }),
    person: z
      .string()
      .nullable()
      .openapi({ description: "Whose it is", example: "Dana Whitfield" }),
    company: z.string().nullable().openapi({ example: "Acme" }),
    title: z.string(),
    snippet: z.string().openapi({ description: "Matches marked « »; plain text, never HTML" }),
    occurredAt: z.string(),
    rank: z.number(),
  })
  .openapi("SearchHit");

export const searchResultSchema = z
  .object({ hits: z.array(searchHitSchema) })
  .openapi("SearchResult");

export const calendarFeedSchema = z
  .object({ secret: z.string(), path: z.string(), createdAt: z.string() })
  .openapi("CalendarFeed");
