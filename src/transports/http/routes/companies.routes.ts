import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { updateCompany, updateCompanyInput } from "../../../use-cases/companies/update-company.js";
import type { HttpEnv } from "../http-env.js";
import { idParams, jsonBody, ok } from "../route-helpers.js";
import { companySchema } from "../schemas/domain.schemas.js";

export const updateCompanyBody = updateCompanyInput.omit({ company: true });

export function registerCompanyRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/companies/{id}",
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
}
