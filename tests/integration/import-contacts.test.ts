import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors/app-error.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { importContacts } from "../../src/use-cases/contacts/import-contacts.js";
import { listContacts } from "../../src/use-cases/contacts/list-contacts.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

const card = (name: string, email: string) =>
  `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEMAIL;TYPE=work:${email}\r\nEND:VCARD\r\n`;

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(STORE_KINDS)("importContacts on %s", (kind) => {
  const t = useTestStore(kind);

  const interview = async (company: string) =>
    (
      await addInterview(t.ctx, {
        company,
        role: "Engineer",
        at: "2026-11-19T10:00",
        timeZone: "Europe/London",
      })
    ).interview;

  it("seats 2,000 cards in file order, reusing a person the company already knows", async () => {
    const earlier = await interview("Acme");
    const known = await addContact(t.ctx, { interviewId: earlier.id, name: "Person 500" });
    const later = await interview("Acme");
    const file = Array.from({ length: 2_000 }, (_, i) =>
      card(`Person ${i}`, `p${i}@acme.example`),
    ).join("");

    const { people: seated, report } = await importContacts(t.ctx, later.id, file);

    expect(seated.map((p) => p.name)).toEqual(
      Array.from({ length: 2_000 }, (_, i) => `Person ${i}`),
    );
    expect(seated[500]?.id).toBe(known.id);
    expect(seated[1]?.email).toBe("p1@acme.example");
    // Typed in without an email, matched by name: the card fills it in.
    expect(seated[500]?.email).toBe("p500@acme.example");
    expect(report[500]?.summary).toBe("Person 500: added email p500@acme.example");
    expect(await listContacts(t.ctx)).toHaveLength(2_000);
  });

  it("a file naming one person twice seats them once, with both cards merged", async () => {
    const on = await interview("Globex");
    const twice =
      card("Dana Whitfield", "d@globex.example") +
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:dana  whitfield\r\nEMAIL:D@Globex.example\r\nTEL:+1 312 555 0100\r\nEND:VCARD\r\n";
    const { people, report } = await importContacts(t.ctx, on.id, twice);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: "Dana Whitfield", phone: "+1 312 555 0100" });
    expect(report.map((r) => r.outcome)).toEqual(["added", "merged"]);
    expect(report[1]?.conflicts.map((c) => c.label)).toEqual(["Name"]);
    expect(await listContacts(t.ctx)).toHaveLength(1);
  });

  it("refuses a file beyond the limits, stating them, and writes nothing", async () => {
    const on = await interview("Initech");
    const before = await snapshotStore(t.store);
    const tooMany = card("A", "a@initech.example").repeat(25_001);
    const error = await refusal(importContacts(t.ctx, on.id, tooMany));
    expect(error.code).toBe("INVALID_IMPORT");
    expect(error.field).toBe("vcard");
    expect(error.message).toMatch(
      /^Card 25001 \(line 125001\): the file holds more than 25,000 cards/,
    );
    expect(error.message).toMatch(/at most 25,000 cards and 67,108,864 bytes \(64 MiB\) per file/);
    expect(await snapshotStore(t.store)).toEqual(before);
  });
});
