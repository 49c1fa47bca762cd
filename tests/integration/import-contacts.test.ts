import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors/app-error.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { importContacts } from "../../src/use-cases/contacts/import-contacts.js";
import { listContacts } from "../../src/use-cases/contacts/list-contacts.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

/** The parser's own fixtures (issue 15), as a user's file would arrive: bytes. */
const fixture = (name: string) =>
  readFileSync(new URL(`../../src/core/vcard/fixtures/${name}`, import.meta.url));

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

  it("stores the names and addresses of a Windows-1252 file exactly, and says when a charset was guessed", async () => {
    const on = await interview("Müller & Söhne");
    const { people, skipped, guessedCharset } = await importContacts(
      t.ctx,
      on.id,
      fixture("outlook-21-windows-1252.vcf"),
    );
    expect(people.map((p) => [p.name, p.title, p.organization, p.postalAddress])).toEqual([
      [
        "Sören Täve Nüßlebaum",
        "Geschäftsführer",
        "Müller & Söhne GmbH",
        "Lämmerweg 4\nKöln, 50667\nDeutschland",
      ],
      ["François Lefèvre", "Chargé de recrutement", "Société Générale", null],
    ]);
    expect(skipped).toEqual([]);
    expect(guessedCharset).toBe("windows-1252");
    const stored = (await listContacts(t.ctx)).map((c) => c.name);
    expect(stored.join("")).not.toContain("\uFFFD");
  });

  it("imports a UTF-16 file with a BOM", async () => {
    const on = await interview("Ørsted");
    const { people } = await importContacts(t.ctx, on.id, fixture("windows-utf-16le-bom.vcf"));
    expect(people.map((p) => [p.name, p.email])).toEqual([
      ["Zoë Ångström", "zoe.angstrom@orsted.example"],
    ]);
  });

  it("refuses a phone book with nameless cards, writing nothing and naming each by line; with skipInvalid imports the rest, the same person twice merged", async () => {
    const on = await interview("Globex");
    const before = await snapshotStore(t.store);
    const book = fixture("phone-book-cr-cr-lf.vcf");
    const error = await refusal(importContacts(t.ctx, on.id, book));
    expect(error.code).toBe("INVALID_IMPORT");
    expect(error.message.split("\n")).toEqual([
      "Nothing was imported: 2 entries of the file cannot be imported (the other cards can).",
      "Card 2 (line 8): the card has neither FN nor N, only the email recruiting@globex.example — add FN: with the name as on the card (a name is never made up from an email)",
      "Card 3 (line 12): the card has neither FN nor N — add FN: with the name as on the card",
    ]);
    expect(error.problems?.map((p) => p.label)).toEqual(["Card 2, line 8", "Card 3, line 12"]);
    expect(await snapshotStore(t.store)).toEqual(before);

    const imported = await importContacts(t.ctx, on.id, book, { skipInvalid: true });
    expect(imported.people.map((p) => [p.name, p.email, p.title])).toEqual([
      ["Dana Whitfield", "dana.whitfield@globex.example", "Engineering Manager"],
      ["Amara Okafor", "amara.okafor@globex.example", "VP Product"],
    ]);
    expect(imported.report.map((r) => [r.name, r.outcome, r.seated])).toEqual([
      ["Dana Whitfield", "added", true],
      ["Amara Okafor", "added", true],
      ["Dana Whitfield", "merged", false],
    ]);
    expect(imported.skipped.map((s) => [s.card, s.line])).toEqual([
      [2, 8],
      [3, 12],
    ]);
    expect(await listContacts(t.ctx)).toHaveLength(2);
  });

  it("lists a card whose field is not valid by card, line and name, beside the file's other problems", async () => {
    const on = await interview("Initrode");
    const file = `${card("Dana Whitfield", "not-an-email")}${card("Amara Okafor", "amara@initrode.example")}BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n`;
    const error = await refusal(importContacts(t.ctx, on.id, file));
    expect(error.problems?.map((p) => p.label)).toEqual([
      "Card 1 (Dana Whitfield), line 1",
      "Card 3, line 11",
    ]);
    expect(error.message).toMatch(/^Nothing was imported: 2 entries/);
    expect(error.message).toContain("Card 1 (line 1): Dana Whitfield — ");
    const { people, skipped } = await importContacts(t.ctx, on.id, file, { skipInvalid: true });
    expect(people.map((p) => p.name)).toEqual(["Amara Okafor"]);
    expect(skipped).toHaveLength(2);
  });

  it("keeps the organization on the card (ORG), fills it in for someone known, and reports a different one as a conflict", async () => {
    const on = await interview("Acme");
    const agency = (org: string) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Raj Patel\r\nORG:${org};Tech\r\nEMAIL:raj@hays.example\r\nEND:VCARD\r\n`;
    const typed = await addContact(t.ctx, {
      interviewId: on.id,
      name: "Raj Patel",
      email: "raj@hays.example",
    });
    expect(typed.organization).toBeNull();
    const first = await importContacts(t.ctx, on.id, agency("Hays Recruiting"));
    expect(first.people[0]).toMatchObject({ id: typed.id, organization: "Hays Recruiting" });
    expect(first.report[0]?.summary).toBe("Raj Patel: added organization Hays Recruiting");
    const second = await importContacts(t.ctx, on.id, agency("Robert Half"));
    expect(second.people[0]?.organization).toBe("Hays Recruiting");
    expect(second.report[0]?.conflicts).toEqual([
      {
        field: "organization",
        label: "Organization",
        kept: "Hays Recruiting",
        onCard: "Robert Half",
      },
    ]);
  });
});
