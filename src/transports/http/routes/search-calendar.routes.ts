import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { getCalendarFeed } from "../../../use-cases/calendar/get-calendar-feed.js";
import { rotateCalendarFeed } from "../../../use-cases/calendar/rotate-calendar-feed.js";
import { showCalendarFeed } from "../../../use-cases/calendar/show-calendar-feed.js";
import { search, searchInput } from "../../../use-cases/search/search.js";
import type { HttpEnv } from "../http-env.js";
import { errorResponses, ok } from "../route-helpers.js";
import { calendarFeedSchema, searchResultSchema } from "../schemas/drafts.schemas.js";

// Built from this module's z (the one @hono/zod-openapi extends), not by calling .openapi on the
// use case's schema: zod 4 gives a schema that method only if it was made after the extension,
// which would tie this module to the order modules happen to load in.
export const searchQuery = z.object({
  text: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .openapi({ param: { name: "text", in: "query" }, example: "dbt" }),
  limit: searchInput.shape.limit,
});

export function registerSearchCalendarRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/search",
      operationId: "search",
      tags: ["search"],
      summary: "Find notes, event notes, decisions and mail by their words (R25), best first",
      request: { query: searchQuery },
      responses: ok(
        searchResultSchema,
        "The hits, each with whose it is, the company, the date and a snippet",
      ),
    }),
    async (c) => c.json(await search(c.get("ctx"), c.req.valid("query")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/calendar-feed",
      operationId: "getCalendarFeed",
      tags: ["calendar"],
      summary: "The address of the subscribable calendar (R24), made on first ask",
      responses: ok(calendarFeedSchema, "The feed"),
    }),
    async (c) => c.json(await showCalendarFeed(c.get("ctx")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/calendar-feed/rotate",
      operationId: "rotateCalendarFeed",
      tags: ["calendar"],
      summary: "A new feed address; the old one stops working at once",
      responses: ok(calendarFeedSchema, "The new feed"),
    }),
    async (c) => c.json(await rotateCalendarFeed(c.get("ctx")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/calendar/{file}",
      operationId: "getCalendarFile",
      tags: ["calendar"],
      summary: "The calendar feed itself (RFC 5545): interviews and open follow-ups (R24)",
      request: {
        params: z.object({
          file: z
            .string()
            .regex(/^[A-Za-z0-9_-]+\.ics$/, "must be <secret>.ics")
            .openapi({ param: { name: "file", in: "path" }, example: "secret.ics" }),
        }),
      },
      responses: {
        200: { content: { "text/calendar": { schema: z.string() } }, description: "The calendar" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const secret = c.req.valid("param").file.replace(/\.ics$/, "");
      const feed = await getCalendarFeed(c.get("ctx"), secret);
      return c.body(feed.text, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "cache-control": "no-store",
      });
    },
  );
}
