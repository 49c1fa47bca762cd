import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  type ForgottenCompany,
  forgetCompany,
} from "../../../use-cases/companies/forget-company.js";
import { updateCompany, updateCompanyInput } from "../../../use-cases/companies/update-company.js";
import type { HttpEnv } from "../http-env.js";
import { idParams, jsonBody, ok } from "../route-helpers.js";
import { companySchema } from "../schemas/domain.schemas.js";

export const updateCompanyBody = updateCompanyInput.omit({ company: true });

const count = z.number().int();
export const forgottenCompanySchema = z
  .object({
    name: z.string(),
    removed: z.object({
      applications: count,
      interviews: count,
      contacts: count,
      notes: count,
      events: count,
      correspondence: count,
      actions: count,
      watchSources: count,
      watchItems: count,
    }),
  })
  .openapi("ForgottenCompany") satisfies z.ZodType<ForgottenCompany>;

export function registerCompanyRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/companies/{id}",
      operationId: "updateCompany",
      tags: ["companies"],
      summary: "A company's website and the public holidays its business days follow (R11)",
      request: {
        params: idParams("co_0123456789abcdefghjkmnpq"),
        body: jsonBody(updateCompanyBody),
      },
      responses: ok(companySchema, "The company; its plans follow the new calendar"),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(
        await updateCompany(c.get("ctx"), { ...c.req.valid("json"), company: id }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/companies/{id}",
      operationId: "forgetCompany",
      tags: ["companies"],
      summary:
        "Forget a company for good: every record about it, from the store and the search index. Without ?confirm=<its name>, 409 says what would go",
      request: {
        params: idParams("co_0123456789abcdefghjkmnpq"),
        query: z.object({
          confirm: z
            .string()
            .optional()
            .openapi({ param: { name: "confirm", in: "query" }, example: "Acme" }),
        }),
      },
      responses: ok(forgottenCompanySchema, "What was removed"),
    }),
    async (c) =>
      c.json(
        await forgetCompany(c.get("ctx"), {
          companyId: c.req.valid("param").id,
          confirm: c.req.valid("query").confirm,
        }),
        200,
      ),
  );
}
