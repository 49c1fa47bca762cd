import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { getCookie } from "hono/cookie";
import { endSession } from "../../../use-cases/account/end-session.js";
import { listAuditLog } from "../../../use-cases/account/list-audit-log.js";
import { listSessions } from "../../../use-cases/account/list-sessions.js";
import { digestToken } from "../auth/hashed-session-tokens.js";
import type { HttpEnv } from "../http-env.js";
import { idParams, ok } from "../route-helpers.js";

/** better-auth's session cookie: `__Secure-` because it is Secure, then its prefix. */
export const SESSION_COOKIE = "__Secure-followthrough.session_token";

export const sessionSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    ipAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .openapi("Session");

export const auditSchema = z
  .object({
    event: z.string(),
    outcome: z.enum(["ok", "refused"]),
    at: z.string(),
    ipAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
  })
  .openapi("AuditEntry");

// Hosted mode only: the signed-in person's sessions and audit log (sign-up, sign-in, password,
// email and deletion are better-auth's routes under /api/auth).
export function registerAccountRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/account/sessions",
      operationId: "listSessions",
      tags: ["account"],
      summary: "Where you are signed in, newest first; `current` is this browser",
      responses: ok(z.array(sessionSchema), "Your sessions"),
    }),
    async (c) => {
      // The cookie is `token.signature`; the store keeps the token's digest.
      const cookie = getCookie(c, SESSION_COOKIE);
      const token = cookie ? cookie.slice(0, Math.max(0, cookie.lastIndexOf("."))) : "";
      return c.json(await listSessions(c.get("ctx"), token ? digestToken(token) : null), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/account/sessions/{id}",
      operationId: "endSession",
      tags: ["account"],
      summary: "Sign one session out at once",
      request: { params: idParams("k2f9YcX0w1…") },
      responses: ok(z.object({ ended: z.literal(true) }), "Signed out"),
    }),
    async (c) => {
      await endSession(c.get("ctx"), c.req.valid("param").id);
      return c.json({ ended: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/account/audit",
      operationId: "listAuditLog",
      tags: ["account"],
      summary: "Your sign-ins and account changes, newest first (the last 100)",
      responses: ok(z.array(auditSchema), "The audit log"),
    }),
    async (c) => c.json(await listAuditLog(c.get("ctx")), 200),
  );
}
