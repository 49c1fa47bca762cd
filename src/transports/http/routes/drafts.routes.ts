import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { MISSING_GLYPHS_HEADER } from "../../../client/api-client.js";
import { FORMATS_BY_CHANNEL } from "../../../core/drafts/formats/accepted-formats.js";
import { answerQuestion } from "../../../use-cases/drafts/answer-question.js";
import { checkText, checkTextInput } from "../../../use-cases/drafts/check-text.js";
import {
  type ActionDraft,
  composeActionDraft,
} from "../../../use-cases/drafts/compose-action-draft.js";
import { discardDraftEdits } from "../../../use-cases/drafts/discard-draft-edits.js";
import {
  listTemplates,
  resetTemplate,
  saveTemplate,
} from "../../../use-cases/drafts/manage-templates.js";
import { pickDraftNews, pickDraftNewsInput } from "../../../use-cases/drafts/pick-draft-news.js";
import {
  DRAFT_FORMATS,
  draftEditsInput,
  type RenderedDraft,
  renderActionDraft,
} from "../../../use-cases/drafts/render-action-draft.js";
import { saveDraftEdits, saveDraftEditsInput } from "../../../use-cases/drafts/save-draft-edits.js";
import {
  switchDraftChannel,
  switchDraftChannelInput,
} from "../../../use-cases/drafts/switch-draft-channel.js";
import type { HttpEnv } from "../http-env.js";
import { errorResponses, idParams, jsonBody, ok } from "../route-helpers.js";
import {
  actionDraftSchema,
  answerSchema,
  draftSaveStateSchema,
  findingSchema,
  templateSchema,
} from "../schemas/drafts.schemas.js";

export const draftFormatParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: "id", in: "path" } }),
  format: z
    .enum(DRAFT_FORMATS as ["text", "eml", "mailto", "pdf"])
    .openapi({ param: { name: "format", in: "path" }, example: "eml" }),
});
export const templateBody = z.object({ text: z.string().min(1).max(20_000) });
export const answerBody = z.object({
  kind: z.string().trim().min(1).openapi({ example: "why-you" }),
  interviewId: z.string().trim().min(1).optional(),
  salaryRange: z.string().trim().max(200).optional(),
});

export function registerDraftRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/actions/{id}/draft",
      operationId: "getDraft",
      tags: ["drafts"],
      summary:
        "The draft of a follow-up, written from the user's notes (R7, R19), with its checks (R21, R22)",
      request: { params: idParams("act_0123456789abcdefghjkmnpq") },
      responses: ok(actionDraftSchema, "The draft and its findings"),
    }),
    async (c) =>
      c.json(draftView(await composeActionDraft(c.get("ctx"), c.req.valid("param").id)), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/actions/{id}/draft",
      operationId: "saveDraft",
      tags: ["drafts"],
      summary:
        "Save the user's edits of a draft, so they come back on reload and on another device and are what is sent; 409 when another device saved a newer revision, or the action is sent, settled or queued",
      request: {
        params: idParams("act_0123456789abcdefghjkmnpq"),
        body: jsonBody(
          saveDraftEditsInput,
          "The edited subject and body (an absent field keeps the draft's own) and the revision this device last loaded",
        ),
      },
      responses: ok(draftSaveStateSchema, "Saved: the new revision"),
    }),
    async (c) =>
      c.json(await saveDraftEdits(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/actions/{id}/draft",
      operationId: "discardDraft",
      tags: ["drafts"],
      summary: "Back to the suggested text: drop the saved edits of a draft",
      request: { params: idParams("act_0123456789abcdefghjkmnpq") },
      responses: ok(actionDraftSchema, "The composed draft and its findings"),
    }),
    async (c) =>
      c.json(draftView(await discardDraftEdits(c.get("ctx"), c.req.valid("param").id)), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/actions/{id}/news",
      operationId: "pickDraftNews",
      tags: ["drafts", "watch"],
      summary:
        "Pick the company's news item a check-in mentions (R20), or clear it with null; a dismissed item, another company's or a posting is refused",
      request: {
        params: idParams("act_0123456789abcdefghjkmnpq"),
        body: jsonBody(pickDraftNewsInput, "The news item to mention (wi_…), or null for none"),
      },
      responses: ok(actionDraftSchema, "The draft as it now reads"),
    }),
    async (c) =>
      c.json(
        draftView(await pickDraftNews(c.get("ctx"), c.req.valid("param").id, c.req.valid("json"))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actions/{id}/draft/channel",
      operationId: "switchDraftChannel",
      tags: ["drafts"],
      summary:
        "Write the draft for another channel (a letter gets the address blocks and a PDF, an email its subject and .eml); 409 when the user's edits would be replaced and replaceEdits is not true",
      request: {
        params: idParams("act_0123456789abcdefghjkmnpq"),
        body: jsonBody(
          switchDraftChannelInput,
          "The channel, whether the user's edits may be replaced, and the revision this device last loaded",
        ),
      },
      responses: ok(actionDraftSchema, "The draft written for that channel, with its findings"),
    }),
    async (c) =>
      c.json(
        draftView(
          await switchDraftChannel(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/actions/{id}/draft/{format}",
      operationId: "getDraftFile",
      tags: ["drafts"],
      summary:
        "The draft as a file: text, eml (to open or send), mailto (a link) or pdf (letter, card)",
      request: { params: draftFormatParams },
      responses: draftFileResponses("The draft in the asked format"),
    }),
    async (c) => {
      const { id, format } = c.req.valid("param");
      return fileResponse(c, await renderActionDraft(c.get("ctx"), id, format));
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/actions/{id}/draft/{format}",
      operationId: "renderEditedDraft",
      tags: ["drafts"],
      summary:
        "The user's edited text as a file, to the draft's recipient: same formats and checks as GET (a subject with a line break is refused)",
      request: {
        params: draftFormatParams,
        body: jsonBody(
          draftEditsInput,
          "The edited subject and body; an absent field keeps the draft's own, an empty subject means none",
        ),
      },
      responses: draftFileResponses("The edited draft in the asked format"),
    }),
    async (c) => {
      const { id, format } = c.req.valid("param");
      return fileResponse(
        c,
        await renderActionDraft(c.get("ctx"), id, format, c.req.valid("json")),
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/checks",
      operationId: "checkText",
      tags: ["drafts"],
      summary: "Proofread a text (R21, R22, R19); with an action, as that action's draft",
      request: { body: jsonBody(checkTextInput) },
      responses: ok(z.array(findingSchema), "The findings, by position"),
    }),
    async (c) => c.json(await checkText(c.get("ctx"), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/templates",
      operationId: "listTemplates",
      tags: ["templates"],
      summary: "The texts drafts are written from, built-in or edited",
      responses: ok(z.array(templateSchema), "The templates"),
    }),
    async (c) => c.json(await listTemplates(c.get("ctx")), 200),
  );

  const templateParams = z.object({
    id: z
      .string()
      .min(1)
      .openapi({ param: { name: "id", in: "path" }, example: "thank-you-email" }),
  });
  app.openapi(
    createRoute({
      method: "put",
      path: "/api/templates/{id}",
      operationId: "saveTemplate",
      tags: ["templates"],
      summary: "Save the user's version of a template (unknown fields are refused)",
      request: { params: templateParams, body: jsonBody(templateBody) },
      responses: ok(templateSchema, "The template"),
    }),
    async (c) =>
      c.json(
        await saveTemplate(c.get("ctx"), c.req.valid("param").id, c.req.valid("json").text),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/templates/{id}",
      operationId: "resetTemplate",
      tags: ["templates"],
      summary: "Back to the built-in text",
      request: { params: templateParams },
      responses: ok(templateSchema, "The template"),
    }),
    async (c) => c.json(await resetTemplate(c.get("ctx"), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/answers",
      operationId: "answer",
      tags: ["drafts"],
      summary:
        "A prepared answer to an employer's question (R23): skill-detail, why-you, still-interested, salary, questions-for-us",
      request: { body: jsonBody(answerBody) },
      responses: ok(answerSchema, "The answer"),
    }),
    async (c) => c.json(await answerQuestion(c.get("ctx"), c.req.valid("json")), 200),
  );
}

/** The draft as the API shows it: its text, checks, action and where it stands. */
function draftView(d: ActionDraft) {
  return {
    draft: d.draft,
    findings: d.findings,
    action: d.input.action,
    applicationId: d.input.application.id,
    companyName: d.input.company.name,
    recipientName: d.input.contact?.name ?? null,
    formats: [...FORMATS_BY_CHANNEL[d.draft.channel]],
    channels: d.channels,
    edited: d.edited,
    revision: d.revision,
    savedAt: d.savedAt,
    sent: d.sent,
    news: d.news,
  };
}

function draftFileResponses(description: string) {
  return {
    200: {
      content: {
        "text/plain": { schema: z.string() },
        "message/rfc822": { schema: z.string() },
        "application/pdf": { schema: z.string().openapi({ format: "binary" }) },
      },
      headers: {
        [MISSING_GLYPHS_HEADER]: {
          description:
            "A PDF's characters that no installed font has, as U+XXXX separated by spaces: they print as empty boxes. Absent when every character has a glyph.",
          schema: { type: "string", example: "U+AC00 U+D55C" },
        },
      },
      description,
    },
    ...errorResponses,
  } as const;
}

/** A link or plain text opens in place; a message or a PDF is saved under a name a person knows. */
function fileResponse(c: Context<HttpEnv>, file: RenderedDraft): Response {
  const body = typeof file.content === "string" ? file.content : new Uint8Array(file.content);
  const disposition = file.format === "mailto" || file.format === "text" ? "inline" : "attachment";
  return c.body(body, 200, {
    "content-type": file.contentType,
    "content-disposition": `${disposition}; filename="${file.fileName}"`,
    ...(file.missingGlyphs.length === 0
      ? {}
      : {
          [MISSING_GLYPHS_HEADER]: file.missingGlyphs
            .map((g) => `U+${(g.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`)
            .join(" "),
        }),
  });
}
