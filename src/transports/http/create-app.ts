import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { TODAY_PAGE_SIZE } from "../../client/inlined-data.js";
import { type FetchPolicy, fetchPolicyFromEnv } from "../../delivery/web/fetch-policy.js";
import { AppError } from "../../errors/app-error.js";
import { clockFromEnv } from "../../shared/clock.js";
import { LOCAL_ACCOUNT_ID, type Store } from "../../store/open-store.js";
import { findCalendarFeedAccount } from "../../store/repositories/calendar.repository.js";
import { accountContext, type UseCaseContext } from "../../use-cases/context.js";
import { getTodayAgenda } from "../../use-cases/planning/get-today-agenda.js";
import { compressResponse } from "./compress-response.js";
import { errorResponse } from "./error-response.js";
import type { HttpEnv } from "./http-env.js";
import { renderReferencePage } from "./render-reference-page.js";
import { requestGuard } from "./request-guard.js";
import { registerAccountRoutes, SESSION_COOKIE } from "./routes/account.routes.js";
import { registerActionRoutes } from "./routes/actions.routes.js";
import { registerApplicationRoutes } from "./routes/applications.routes.js";
import { registerCompanyRoutes } from "./routes/companies.routes.js";
import { registerContactRoutes } from "./routes/contacts.routes.js";
import { registerCorrespondenceRoutes } from "./routes/correspondence.routes.js";
import { registerDataRoutes } from "./routes/data.routes.js";
import { registerDraftRoutes } from "./routes/drafts.routes.js";
import { registerInterviewRoutes } from "./routes/interviews.routes.js";
import { registerOutboxRoutes } from "./routes/outbox.routes.js";
import { registerProfileRoutes } from "./routes/profile.routes.js";
import { registerRecordRoutes } from "./routes/records.routes.js";
import { registerSearchCalendarRoutes } from "./routes/search-calendar.routes.js";
import { registerTrashRoutes } from "./routes/trash.routes.js";
import { registerWatchRoutes } from "./routes/watch.routes.js";
import { registerWordRoutes } from "./routes/words.routes.js";
import { serveWeb } from "./serve-web.js";
import { validationError } from "./validation-error.js";

export interface AppOptions {
  store: Store;
  /** The use-case context of each request; by default the local account with the env clock. */
  context?: () => UseCaseContext;
  /** The built web app (dist/web); without it only the API is served. */
  webRoot?: string | null;
  /** When set, requests naming another Host are refused (DNS rebinding of a local server). */
  allowedHosts?: string[] | null;
  /** Hosted mode: many accounts, each request acting for the account signed in, if any. */
  hosted?: HostedOptions | null;
  /** How the company watch fetches; by default from the environment (no test allow-list hosted). */
  watchFetch?: FetchPolicy;
}

export interface HostedOptions {
  /** The origin people open (FOLLOWTHROUGH_PUBLIC_ORIGIN): writes from its pages are accepted. */
  publicOrigin: string;
  /** The account the request's session belongs to, or null when it has none that is valid. */
  accountOf: (c: Context<HttpEnv>) => Promise<string | null>;
  /** Sign-up, sign-in and the rest of better-auth's routes, under /api/auth. */
  authRoutes?: (c: Context<HttpEnv>) => Promise<Response>;
}

/** API paths anyone may ask for without an account: the API's own description. */
const PUBLIC_API_PATHS = new Set(["/api/openapi.json", "/api/docs"]);

const JSON_LIMIT = 2 * 1024 * 1024;
const IMPORT_LIMIT = 50 * 1024 * 1024;

export const OPENAPI_INFO = {
  title: "followthrough",
  version: "0.1.0",
  description:
    "Follow up after every interview. Every error has one shape: { error: { code, message, field, accepted } }; 400 names the field, 404 an unknown id, 409 a clash with the store.",
  license: { name: "MIT", identifier: "MIT" },
};

/** The document's own parts besides the routes: where it is served and how a caller signs in. */
export function openApiConfig(hosted: boolean) {
  return {
    openapi: "3.1.0",
    info: OPENAPI_INFO,
    // Relative: the server the document was fetched from, local (npm start) or hosted.
    servers: [{ url: "/", description: "The server this document is served by" }],
    // A hosted server answers 401 without a signed-in session; local mode needs nothing ({}).
    security: (hosted ? [{ session: [] }] : [{}, { session: [] }]) as Record<string, string[]>[],
  };
}

/** The HTTP API (and the web app): a thin adapter that calls one use case per route. */
export function createApp(options: AppOptions): OpenAPIHono<HttpEnv> {
  const clock = clockFromEnv();
  const hosted = options.hosted ?? null;
  const local = accountContext(options.store, LOCAL_ACCOUNT_ID, clock);
  const context = options.context ?? (() => local);
  // Local mode: the one implicit account, no sign-in. Hosted: the session's account, or 401.
  const contextOf = async (c: Context<HttpEnv>): Promise<UseCaseContext | null> => {
    if (!hosted) return context();
    const accountId = await hosted.accountOf(c);
    return accountId === null ? null : accountContext(options.store, accountId, clock);
  };
  const requireContext = async (c: Context<HttpEnv>): Promise<UseCaseContext> => {
    const ctx = await contextOf(c);
    if (ctx === null)
      throw new AppError(
        "UNAUTHENTICATED",
        "Sign in first: this server keeps several people's follow-ups, and this request carries no valid session.",
        { field: "session", accepted: "a session cookie from signing in" },
      );
    return ctx;
  };
  const app = new OpenAPIHono<HttpEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });
  app.onError(errorResponse);
  // Outermost, so errors and the web app's pages are compressed and validated too.
  app.use("*", compressResponse());

  const allowed = options.allowedHosts;
  if (allowed) {
    // Read per request: the server fills the list once it knows its port.
    app.use("*", async (c, next) => {
      const host = (c.req.header("host") ?? "").toLowerCase();
      if (!allowed.includes(host))
        throw new AppError("INVALID_INPUT", `This server does not answer for host "${host}".`, {
          field: "host",
          accepted: allowed.join(", "),
        });
      await next();
    });
  }
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError("INVALID_INPUT", `The request body is larger than ${maxSize} bytes.`, {
          field: "body",
          accepted: `at most ${maxSize} bytes`,
        });
      },
    });
  app.use("/api/import", limit(IMPORT_LIMIT));
  app.use("/api/*", async (c, next) => {
    if (c.req.path !== "/api/import") return limit(JSON_LIMIT)(c, next);
    await next();
  });
  app.use("*", requestGuard(app, { publicOrigin: hosted?.publicOrigin ?? null }));
  app.use("/api/*", async (c, next) => {
    const open = PUBLIC_API_PATHS.has(c.req.path) || c.req.path.startsWith("/api/auth/");
    if (!open) c.set("ctx", await requireContext(c));
    // Reads are kept by the user's own browser and revalidated by ETag (compress-response.ts).
    c.header("cache-control", c.req.method === "GET" ? "private, no-cache" : "no-store");
    c.header("x-content-type-options", "nosniff");
    await next();
  });
  app.use("/calendar/*", async (c, next) => {
    // Hosted: a calendar app sends no session; the feed's secret address names its account.
    if (hosted) {
      const secret = c.req.path.slice("/calendar/".length).replace(/\.ics$/, "");
      const accountId = await findCalendarFeedAccount(options.store.everyAccount, secret);
      if (accountId === null)
        throw new AppError("NOT_FOUND", "No calendar at this address.", { field: "secret" });
      c.set("ctx", accountContext(options.store, accountId, clock));
    } else c.set("ctx", await requireContext(c));
    await next();
  });

  registerProfileRoutes(app);
  registerInterviewRoutes(app);
  registerContactRoutes(app);
  registerCompanyRoutes(app);
  registerRecordRoutes(app);
  registerCorrespondenceRoutes(app);
  registerActionRoutes(app);
  registerApplicationRoutes(app);
  registerDataRoutes(app);
  registerDraftRoutes(app);
  registerSearchCalendarRoutes(app);
  registerOutboxRoutes(app);
  registerTrashRoutes(app);
  registerWatchRoutes(
    app,
    options.watchFetch ?? fetchPolicyFromEnv(process.env, { hosted: hosted !== null }),
  );
  registerWordRoutes(app);
  if (hosted) registerAccountRoutes(app);
  const authRoutes = hosted?.authRoutes;
  if (authRoutes) app.on(["GET", "POST"], "/api/auth/*", (c) => authRoutes(c));

  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description:
      "Hosted mode: the session of the signed-in person, set by signing in (HttpOnly, Secure). Local mode needs none.",
  });
  const documentConfig = openApiConfig(hosted !== null);
  app.doc31("/api/openapi.json", documentConfig);
  let reference: string | null = null;
  app.get("/api/docs", (c) => {
    reference ??= renderReferencePage(
      app.getOpenAPI31Document(documentConfig) as unknown as Record<string, unknown>,
    );
    c.header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(reference);
  });
  app.all("/api/*", (c) => {
    throw new AppError("NOT_FOUND", `No API route ${c.req.method} ${c.req.path}.`, {
      field: "path",
      accepted: "a route listed in /api/docs",
    });
  });

  app.notFound((c) =>
    errorResponse(
      new AppError("NOT_FOUND", `Nothing at ${c.req.path}.`, {
        field: "path",
        accepted: "a route listed in /api/docs",
      }),
      c,
    ),
  );
  const webRoot = options.webRoot;
  // The first page of `/` carries Today's agenda of the request's account (R26).
  if (webRoot)
    app.get("*", (c) => {
      // Asked once per page: the session is read from the store.
      let ctx: Promise<UseCaseContext | null> | undefined;
      const ctxOnce = () => {
        ctx ??= contextOf(c);
        return ctx;
      };
      return serveWeb(c, webRoot, {
        todayData: async () => {
          const found = await ctxOnce();
          return found === null ? null : getTodayAgenda(found, { limit: TODAY_PAGE_SIZE });
        },
        whose: async () => ({
          hosted: hosted !== null,
          accountId: (await ctxOnce().catch(() => null))?.accountId ?? null,
        }),
      });
    });
  return app;
}
