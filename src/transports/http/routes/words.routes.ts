import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { addUserWord } from "../../../use-cases/words/add-user-word.js";
import { listUserWords } from "../../../use-cases/words/list-user-words.js";
import { removeUserWord } from "../../../use-cases/words/remove-user-word.js";
import { userWordInput } from "../../../use-cases/words/user-word-input.js";
import type { HttpEnv } from "../http-env.js";
import { jsonBody, ok } from "../route-helpers.js";

const userWordSchema = z.object({ word: z.string(), createdAt: z.string() }).openapi("UserWord");
const wordsSchema = z.array(userWordSchema);

// The user's own words (issue 11): never misspellings in their checks; kept in Settings.
export function registerWordRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/words",
      operationId: "listWords",
      tags: ["words"],
      summary: "Your own words, which no check counts as misspelt",
      responses: ok(wordsSchema, "The words, in alphabetical order"),
    }),
    async (c) => c.json(await listUserWords(c.get("ctx")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/words",
      operationId: "addWord",
      tags: ["words"],
      summary: "Add a word to your words ('add to my words' on a spelling finding)",
      request: { body: jsonBody(userWordInput) },
      responses: ok(wordsSchema, "The words now"),
    }),
    async (c) => c.json(await addUserWord(c.get("ctx"), c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/words/remove",
      operationId: "removeWord",
      tags: ["words"],
      summary: "Take a word out of your words: later checks judge it again",
      request: { body: jsonBody(userWordInput) },
      responses: ok(wordsSchema, "The words now"),
    }),
    async (c) => c.json(await removeUserWord(c.get("ctx"), c.req.valid("json")), 200),
  );
}
