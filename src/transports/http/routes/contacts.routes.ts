import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { VCARD_LIMITS } from "../../../core/vcard/vcard-limits.js";
import { addContact, addContactInput } from "../../../use-cases/contacts/add-contact.js";
import { editContact, editContactChanges } from "../../../use-cases/contacts/edit-contact.js";
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
    description: `A .vcf file (vCard 2.1, 3.0 or 4.0). An import reads at most ${VCARD_LIMITS.cardsPerFile} cards, ${VCARD_LIMITS.propertiesPerCard} properties per card and ${VCARD_LIMITS.bytesPerFile} bytes.`,
  });

export function registerContactRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/interviews/{id}/contacts",
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
      tags: ["contacts"],
      summary: "Seat everyone in a vCard file on an interview (R1), all or none",
      request: {
        params: idParams("iv_0123456789abcdefghjkmnpq"),
        body: { content: { "text/vcard": { schema: vcardBody } }, required: true },
      },
      responses: created(z.array(participantSchema), "The people imported"),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const text = await c.req.text();
      return c.json(await importContacts(c.get("ctx"), id, text), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/contacts",
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
}
