import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { getProfile } from "../../../use-cases/profile/get-profile.js";
import { setProfile, setProfileInput } from "../../../use-cases/profile/set-profile.js";
import type { HttpEnv } from "../http-env.js";
import { jsonBody, ok } from "../route-helpers.js";
import { profileSchema } from "../schemas/domain.schemas.js";

export function registerProfileRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/profile",
      operationId: "getProfile",
      tags: ["profile"],
      summary: "The user's profile and preferences (defaults before it is set)",
      responses: ok(profileSchema, "The profile"),
    }),
    async (c) => c.json(await getProfile(c.get("ctx")), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/profile",
      operationId: "setProfile",
      tags: ["profile"],
      summary: "Change the fields given; every plan follows the new settings at once",
      request: { body: jsonBody(setProfileInput) },
      responses: ok(profileSchema, "The profile as saved"),
    }),
    async (c) => c.json(await setProfile(c.get("ctx"), c.req.valid("json")), 200),
  );
}
