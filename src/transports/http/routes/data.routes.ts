import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { exportCsv } from "../../../use-cases/data/export-csv.js";
import { exportData } from "../../../use-cases/data/export-data.js";
import { exportDocument } from "../../../use-cases/data/export-document.js";
import { importData } from "../../../use-cases/data/import-data.js";
import type { HttpEnv } from "../http-env.js";
import { errorResponses, jsonBody, ok } from "../route-helpers.js";
import { importSummarySchema } from "../schemas/views.schemas.js";

export const exportQuery = z.object({
  format: z
    .enum(["json", "csv"])
    .default("json")
    .openapi({ param: { name: "format", in: "query" }, example: "json" }),
});

export function registerDataRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/export",
      operationId: "exportData",
      tags: ["data"],
      summary:
        "Every record: json (complete, for import) or csv (one row per person per interview)",
      request: { query: exportQuery },
      responses: {
        200: {
          content: {
            "application/json": { schema: exportDocument },
            "text/csv": { schema: z.string() },
          },
          description: "The export",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = c.get("ctx");
      if (c.req.valid("query").format === "csv") {
        return c.body(await exportCsv(ctx), 200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": 'attachment; filename="followthrough.csv"',
        });
      }
      return c.json(await exportData(ctx), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/import",
      operationId: "importData",
      tags: ["data"],
      summary: "Load a JSON export, all or nothing (into a store that does not hold its records)",
      request: { body: jsonBody(exportDocument) },
      responses: ok(importSummarySchema, "How many records were imported"),
    }),
    async (c) => {
      c.req.valid("json");
      // The use case reads the document as written, so what is checked is what was sent.
      return c.json(await importData(c.get("ctx"), await c.req.text()), 200);
    },
  );
}
