import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { FetchPolicy } from "../../../delivery/web/fetch-policy.js";
import { watchItemRecord, watchSourceRecord } from "../../../use-cases/record-schemas.js";
import { addWatchSource, addWatchSourceInput } from "../../../use-cases/watch/add-watch-source.js";
import { dismissWatchItem } from "../../../use-cases/watch/dismiss-watch-item.js";
import { type CompanyWatch, getCompanyWatch } from "../../../use-cases/watch/get-company-watch.js";
import { type PollOutcome, pollWatchSource } from "../../../use-cases/watch/poll-watch-source.js";
import { removeWatchSource } from "../../../use-cases/watch/remove-watch-source.js";
import type { HttpEnv } from "../http-env.js";
import { created, idParams, jsonBody, ok } from "../route-helpers.js";

// The company watch (R20): what a company publishes — careers-board postings, news — kept per
// company and shown on its application. One use case per route.

export const watchSourceSchema = z.object(watchSourceRecord.shape).openapi("WatchSource");
export const watchItemSchema = z.object(watchItemRecord.shape).openapi("WatchItem");

export const pollOutcomeSchema = z
  .object({ source: watchSourceSchema, found: z.number().int(), added: z.number().int() })
  .openapi("WatchPollOutcome") satisfies z.ZodType<PollOutcome>;

export const companyWatchSchema = z
  .object({
    companyId: z.string(),
    companyName: z.string(),
    watching: z.boolean(),
    sources: z.array(watchSourceSchema),
    postings: z.array(
      watchItemSchema.extend({ isNew: z.boolean(), roleWords: z.array(z.string()) }),
    ),
    news: z.array(watchItemSchema),
    summary: z.string().nullable(),
    since: z.string().nullable(),
  })
  .openapi("CompanyWatch") satisfies z.ZodType<CompanyWatch>;

export const addWatchSourceBody = addWatchSourceInput.omit({ company: true });
export const dismissWatchItemBody = z.object({ dismissed: z.boolean() });

export function registerWatchRoutes(app: OpenAPIHono<HttpEnv>, policy: FetchPolicy): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/companies/{id}/watch",
      operationId: "companyWatch",
      tags: ["watch"],
      summary:
        "What the watch found for a company: its sources and their status, new positions, news (R20)",
      request: { params: idParams("co_0123456789abcdefghjkmnpq") },
      responses: ok(companyWatchSchema, "The company's watch"),
    }),
    async (c) =>
      c.json(await getCompanyWatch(c.get("ctx"), { company: c.req.valid("param").id }), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/companies/{id}/watch/sources",
      operationId: "addWatchSource",
      tags: ["watch"],
      summary:
        "Watch a careers page (Greenhouse, Lever, Ashby, Workable, SmartRecruiters, Recruitee) or a news feed for a company; read once at once (R20)",
      request: {
        params: idParams("co_0123456789abcdefghjkmnpq"),
        body: jsonBody(addWatchSourceBody),
      },
      responses: created(
        pollOutcomeSchema,
        "The source, with what its first read found or why it failed",
      ),
    }),
    async (c) =>
      c.json(
        await addWatchSource(
          c.get("ctx"),
          { ...c.req.valid("json"), company: c.req.valid("param").id },
          policy,
        ),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/watch/sources/{id}/check",
      operationId: "checkWatchSource",
      tags: ["watch"],
      summary: "Read a watched source now (a paused one too); its status says how it went",
      request: { params: idParams("ws_0123456789abcdefghjkmnpq") },
      responses: ok(pollOutcomeSchema, "The source after the read"),
    }),
    async (c) =>
      c.json(
        await pollWatchSource(c.get("ctx"), { sourceId: c.req.valid("param").id }, policy),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/watch/sources/{id}",
      operationId: "removeWatchSource",
      tags: ["watch"],
      summary: "Stop watching a source; the postings and news it found go with it",
      request: { params: idParams("ws_0123456789abcdefghjkmnpq") },
      responses: ok(
        z.object({ removed: z.string() }).openapi("RemovedWatchSource"),
        "The address no longer watched",
      ),
    }),
    async (c) =>
      c.json(await removeWatchSource(c.get("ctx"), { sourceId: c.req.valid("param").id }), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/watch/items/{id}",
      operationId: "dismissWatchItem",
      tags: ["watch"],
      summary:
        "Dismiss a posting or news item (it stays dismissed on later reads), or bring it back",
      request: {
        params: idParams("wi_0123456789abcdefghjkmnpq"),
        body: jsonBody(dismissWatchItemBody),
      },
      responses: ok(watchItemSchema, "The item"),
    }),
    async (c) =>
      c.json(
        await dismissWatchItem(c.get("ctx"), {
          itemId: c.req.valid("param").id,
          dismissed: c.req.valid("json").dismissed,
        }),
        200,
      ),
  );
}
