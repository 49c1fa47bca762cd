import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  logCorrespondence,
  logCorrespondenceInput,
} from "../../../use-cases/correspondence/log-correspondence.js";
import { addNote, addNoteInput } from "../../../use-cases/notes/add-note.js";
import { deleteNote } from "../../../use-cases/notes/delete-note.js";
import { editNote, editNoteChanges } from "../../../use-cases/notes/edit-note.js";
import { deleteEvent } from "../../../use-cases/planning/delete-event.js";
import { editEvent, editEventChanges } from "../../../use-cases/planning/edit-event.js";
import { recordEvent, recordEventInput } from "../../../use-cases/planning/record-event.js";
import type { HttpEnv } from "../http-env.js";
import { created, idParams, jsonBody, ok } from "../route-helpers.js";
import { correspondenceSchema, noteSchema } from "../schemas/domain.schemas.js";
import { deletedEventSchema, editedEventSchema } from "../schemas/event-change.schemas.js";
import { recordedEventSchema, trashEntrySchema } from "../schemas/views.schemas.js";

// The records of an interview: notes (R2), correspondence (R25) and events (R16). The interview is
// named by the path, so each body is the use case's own schema without it.
const noId = { interviewId: true } as const;
export const addNoteBody = addNoteInput.omit(noId);
export const logCorrespondenceBody = logCorrespondenceInput.omit(noId);
const [reply, call, withdrawn, decision, nextRound] = recordEventInput.options;
export const recordEventBody = z.discriminatedUnion("kind", [
  reply.omit(noId),
  call.omit(noId),
  withdrawn.omit(noId),
  decision.omit(noId),
  nextRound.omit(noId),
]);

const interviewParams = idParams("iv_0123456789abcdefghjkmnpq");
const noteParams = idParams("nt_0123456789abcdefghjkmnpq");
const eventParams = idParams("ev_0123456789abcdefghjkmnpq");

export function registerRecordRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/interviews/{id}/notes",
      operationId: "addNote",
      tags: ["notes"],
      summary:
        "A note from the interview, by kind and, where it came from one person, by them (R2)",
      request: { params: interviewParams, body: jsonBody(addNoteBody) },
      responses: created(noteSchema, "The note"),
    }),
    async (c) =>
      c.json(
        await addNote(c.get("ctx"), {
          ...c.req.valid("json"),
          interviewId: c.req.valid("param").id,
        }),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/interviews/{id}/correspondence",
      operationId: "logCorrespondence",
      tags: ["correspondence"],
      summary:
        "Keep a message in full (R25); one that came in is a reply (R16); one sent for an action fulfils it",
      request: { params: interviewParams, body: jsonBody(logCorrespondenceBody) },
      responses: created(correspondenceSchema, "The message as kept"),
    }),
    async (c) =>
      c.json(
        await logCorrespondence(c.get("ctx"), {
          ...c.req.valid("json"),
          interviewId: c.req.valid("param").id,
        }),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/interviews/{id}/events",
      operationId: "recordEvent",
      tags: ["events"],
      summary:
        "Something happened: a reply, a call, a decision, a next round, a withdrawal (R16, R17)",
      request: { params: interviewParams, body: jsonBody(recordEventBody) },
      responses: created(recordedEventSchema, "The event, and the next round's interview if any"),
    }),
    async (c) =>
      c.json(
        await recordEvent(c.get("ctx"), {
          ...c.req.valid("json"),
          interviewId: c.req.valid("param").id,
        }),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/notes/{id}",
      operationId: "editNote",
      tags: ["notes"],
      summary: "Correct a note: its words, kind or person; the company is re-planned",
      request: { params: noteParams, body: jsonBody(editNoteChanges) },
      responses: ok(noteSchema, "The note as it is now"),
    }),
    async (c) =>
      c.json(
        await editNote(c.get("ctx"), { ...c.req.valid("json"), id: c.req.valid("param").id }),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/notes/{id}",
      operationId: "deleteNote",
      tags: ["notes"],
      summary: "Delete a note; it waits among the recently deleted, so it can be restored",
      request: { params: noteParams },
      responses: ok(trashEntrySchema, "The deleted note, as it can be restored"),
    }),
    async (c) => c.json(await deleteNote(c.get("ctx"), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/events/{id}",
      operationId: "deleteEvent",
      tags: ["events"],
      summary:
        "Delete an event recorded by mistake; the plan and the application's status follow what remains (R16, R17), and it can be restored",
      request: { params: eventParams },
      responses: ok(
        deletedEventSchema,
        "The deleted event, as it can be restored, and what its delete moved in the plan",
      ),
    }),
    async (c) => c.json(await deleteEvent(c.get("ctx"), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/events/{id}",
      operationId: "editEvent",
      tags: ["events"],
      summary:
        "Correct an event: who it came from, when, the note, when they decide, a decision's outcome; the company is re-planned and the answer says what moved (R16)",
      request: { params: eventParams, body: jsonBody(editEventChanges) },
      responses: ok(editedEventSchema, "The event as it is now, and what moved in the plan"),
    }),
    async (c) =>
      c.json(
        await editEvent(c.get("ctx"), { ...c.req.valid("json"), id: c.req.valid("param").id }),
        200,
      ),
  );
}
