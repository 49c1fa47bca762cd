import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { MERGED_FIELDS } from "../../../core/contacts/merge-card.js";
import { VCARD_LIMITS } from "../../../core/vcard/vcard-limits.js";
import { addContact, addContactInput } from "../../../use-cases/contacts/add-contact.js";
import { editContact, editContactChanges } from "../../../use-cases/contacts/edit-contact.js";
import {
  editParticipation,
  editParticipationChanges,
} from "../../../use-cases/contacts/edit-participation.js";
import { importContacts } from "../../../use-cases/contacts/import-contacts.js";
import { listContacts, showContact } from "../../../use-cases/contacts/list-contacts.js";
import type { HttpEnv } from "../http-env.js";
import { created, idParams, jsonBody, ok } from "../route-helpers.js";
import { contactSchema, participantSchema } from "../schemas/domain.schemas.js";
import { contactDetailSchema } from "../schemas/views.schemas.js";

export const addContactBody = addContactInput.omit({ interviewId: true });
export const vcardBody = z
  .string()
  .max(1_000_000)
  .openapi({
    example: "BEGIN:VCARD\r\n…",
    // The request's own size limits come first; these are the import's, the same for the CLI.
    format: "binary",
    description: `A .vcf file (vCard 2.1, 3.0 or 4.0) as its bytes: UTF-8, UTF-16 or UTF-32 (by BOM), or the CHARSET its cards declare (else a guess). An import reads at most ${VCARD_LIMITS.cardsPerFile} cards, ${VCARD_LIMITS.propertiesPerCard} properties per card and ${VCARD_LIMITS.bytesPerFile} bytes.`,
  });

const mergedField = z.enum(MERGED_FIELDS);

/** What one card did: a new person, or someone known with what was missing filled in. */
export const seatReportSchema = z
  .object({
    contactId: z.string(),
    name: z.string(),
    outcome: z.enum(["added", "merged"]),
    seated: z
      .boolean()
      .openapi({ description: "Seated on the interview now (false: already on it)" }),
    filled: z.array(z.object({ field: mergedField, label: z.string(), value: z.string() })),
    conflicts: z
      .array(
        z.object({
          field: z.union([mergedField, z.literal("name")]),
          label: z.string(),
          kept: z.string(),
          onCard: z.string(),
        }),
      )
      .openapi({
        description:
          "Both hold a different value: the stored one is kept; choose with PATCH /api/contacts/{id}",
      }),
    summary: z
      .string()
      .openapi({ example: "Dana Whitfield: added phone +1 312 555 0100, LinkedIn URL" }),
  })
  .openapi("SeatReport");

export const seatedPeopleSchema = z
  .object({
    people: z.array(participantSchema),
    report: z.array(seatReportSchema),
    skipped: z
      .array(
        z.object({
          card: z.number().int().openapi({ description: "The card's number in the file, from 1" }),
          line: z.number().int(),
          name: z.string().nullable(),
          message: z.string().openapi({
            example:
              "Card 2 (line 8): the card has neither FN nor N, only the email recruiting@globex.example — add FN: with the name as on the card (a name is never made up from an email)",
          }),
        }),
      )
      .openapi({
        description:
          "The entries not imported, with ?skipInvalid=true (without it, any refuses the file)",
      }),
    guessedCharset: z.string().nullable().openapi({
      description:
        "The character set guessed for text that declared none and is not UTF-8 (e.g. windows-1251), or null",
    }),
  })
  .openapi("SeatedPeople");

/** `{id}` (the interview) and `{contactId}` (the person) in a path. */
const seatParams = idParams("iv_0123456789abcdefghjkmnpq").extend({
  contactId: z
    .string()
    .min(1)
    .openapi({ param: { name: "contactId", in: "path" }, example: "ct_0123456789abcdefghjkmnpq" }),
});

export function registerContactRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/interviews/{id}/contacts",
      operationId: "addContact",
      tags: ["contacts"],
      summary: "Seat a person on an interview as on their card (R1), with R4/R5 commitments",
      request: { params: idParams("iv_0123456789abcdefghjkmnpq"), body: jsonBody(addContactBody) },
      responses: created(participantSchema, "The person, seated on the interview"),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(
        await addContact(c.get("ctx"), { ...c.req.valid("json"), interviewId: id }),
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/interviews/{id}/contacts/import",
      operationId: "importContacts",
      tags: ["contacts"],
      summary:
        "Seat everyone in a vCard file on an interview (R1), all or none unless ?skipInvalid=true; a card for someone known (same email, or same name) fills in what was missing and reports conflicts",
      request: {
        params: idParams("iv_0123456789abcdefghjkmnpq"),
        query: z.object({
          skipInvalid: z
            .enum(["true", "false"])
            .optional()
            .openapi({
              param: { name: "skipInvalid", in: "query" },
              description:
                "true: import the cards that can be and list the others in `skipped`; otherwise a file with any such card imports nothing (400 lists each)",
            }),
        }),
        body: { content: { "text/vcard": { schema: vcardBody } }, required: true },
      },
      responses: created(seatedPeopleSchema, "The people imported, and what each card changed"),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      // The bytes as sent: the file's character set is the parser's to find (issue 15).
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const skipInvalid = c.req.valid("query").skipInvalid === "true";
      return c.json(await importContacts(c.get("ctx"), id, bytes, { skipInvalid }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/contacts",
      operationId: "listContacts",
      tags: ["contacts"],
      summary: "Everyone, by name",
      responses: ok(z.array(contactSchema), "The contacts"),
    }),
    async (c) => c.json(await listContacts(c.get("ctx")), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/contacts/{id}",
      operationId: "getContact",
      tags: ["contacts"],
      summary: "One person and the interviews they sat on",
      request: { params: idParams("ct_0123456789abcdefghjkmnpq") },
      responses: ok(contactDetailSchema, "The contact"),
    }),
    async (c) => c.json(await showContact(c.get("ctx"), c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/contacts/{id}",
      operationId: "editContact",
      tags: ["contacts"],
      summary:
        "Correct a person: any field of the card (R1), agreed to connect (R5); their company is re-planned",
      request: {
        params: idParams("ct_0123456789abcdefghjkmnpq"),
        body: jsonBody(editContactChanges),
      },
      responses: ok(contactSchema, "The person as they are now"),
    }),
    async (c) =>
      c.json(
        await editContact(c.get("ctx"), { ...c.req.valid("json"), id: c.req.valid("param").id }),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/interviews/{id}/contacts/{contactId}",
      operationId: "editParticipation",
      tags: ["contacts"],
      summary:
        "Correct the follow-up a person agreed to at this interview (R4): date and channel, or none; the check-in follows (R12)",
      request: { params: seatParams, body: jsonBody(editParticipationChanges) },
      responses: ok(participantSchema, "The person as seated on the interview now"),
    }),
    async (c) => {
      const { id, contactId } = c.req.valid("param");
      return c.json(
        await editParticipation(c.get("ctx"), {
          ...c.req.valid("json"),
          interviewId: id,
          contactId,
        }),
        200,
      );
    },
  );
}
