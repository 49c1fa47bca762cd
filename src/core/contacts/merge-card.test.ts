import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contact } from "../domain/types.js";
import {
  type CardFields,
  describeMerge,
  MERGED_FIELDS,
  mergeCard,
  sameCardPerson,
} from "./merge-card.js";

const DANA: Contact = {
  id: "ct_dana",
  companyId: "co_acme",
  name: "Dana Whitfield",
  title: "Head of Data",
  organization: null,
  email: "dana@acme.example",
  phone: null,
  linkedinUrl: null,
  postalAddress: null,
  preferredChannel: null,
  role: "hiring-manager",
  agreedToConnect: false,
  timeZone: null,
  honorific: null,
  register: null,
  createdAt: "2026-11-20T20:00:00.000Z",
};

const card = (fields: Partial<CardFields>): CardFields => ({
  name: "Dana Whitfield",
  title: null,
  organization: null,
  email: null,
  phone: null,
  linkedinUrl: null,
  postalAddress: null,
  ...fields,
});

describe("sameCardPerson (R1)", () => {
  it("matches an email in any case, and then the name does not matter", () => {
    expect(sameCardPerson(DANA, card({ name: "D. Whitfield", email: "DANA@Acme.example " }))).toBe(
      true,
    );
  });
  it("two different emails are two people, even under one name", () => {
    expect(sameCardPerson(DANA, card({ email: "dana@home.example" }))).toBe(false);
  });
  it("without an email on one side, the name decides, up to case, accents and spacing", () => {
    const jose = { name: "José  Álvarez", email: null };
    expect(sameCardPerson(jose, card({ name: "jose alvarez", email: "j@acme.example" }))).toBe(
      true,
    );
    expect(sameCardPerson(jose, card({ name: "José Alvarado" }))).toBe(false);
  });
});

describe("mergeCard", () => {
  it("fills in what is missing and reports it per person", () => {
    const result = mergeCard(
      DANA,
      card({
        email: "dana@acme.example",
        phone: "+1 312 555 0100",
        linkedinUrl: "https://www.linkedin.com/in/danawhitfield",
      }),
    );
    expect(result.merged).toMatchObject({
      title: "Head of Data",
      phone: "+1 312 555 0100",
      linkedinUrl: "https://www.linkedin.com/in/danawhitfield",
    });
    expect(result.filled.map((f) => f.field)).toEqual(["phone", "linkedinUrl"]);
    expect(result.conflicts).toEqual([]);
    expect(describeMerge("Dana Whitfield", result)).toBe(
      "Dana Whitfield: added phone +1 312 555 0100, LinkedIn URL",
    );
  });

  it("keeps a stored value that the card contradicts and reports the conflict by label", () => {
    const result = mergeCard(DANA, card({ title: "VP Data", name: "Dana Whitfield-Ng" }));
    expect(result.merged).toEqual(DANA);
    expect(result.conflicts).toEqual([
      { field: "name", label: "Name", kept: "Dana Whitfield", onCard: "Dana Whitfield-Ng" },
      { field: "title", label: "Title", kept: "Head of Data", onCard: "VP Data" },
    ]);
    expect(describeMerge("Dana Whitfield", result)).toBe(
      "Dana Whitfield: nothing new on the card; 2 to choose (Name, Title)",
    );
  });

  it("does not call the same value written differently a conflict", () => {
    const known = {
      ...DANA,
      phone: "+1 (312) 555-0100",
      linkedinUrl: "https://linkedin.com/in/d/",
    };
    const result = mergeCard(
      known,
      card({ phone: "+1 312 555 0100", linkedinUrl: "https://www.linkedin.com/in/d" }),
    );
    expect(result.conflicts).toEqual([]);
    expect(result.filled).toEqual([]);
  });
});

const optional = fc.option(
  fc.oneof(fc.constantFrom("", " ", "x", "Head of Data"), fc.string({ maxLength: 12 })),
  { nil: null },
);
const cards = fc.record({
  name: fc.constantFrom("Dana Whitfield", "dana whitfield", "Raj"),
  title: optional,
  organization: optional,
  email: optional,
  phone: optional,
  linkedinUrl: optional,
  postalAddress: optional,
});

describe("mergeCard properties", () => {
  it("is idempotent: the same card merged again changes nothing and fills nothing", () => {
    fc.assert(
      fc.property(cards, cards, (stored, onCard) => {
        const known = { ...DANA, ...stored };
        const once = mergeCard(known, onCard);
        const twice = mergeCard(once.merged, onCard);
        expect(twice.merged).toEqual(once.merged);
        expect(twice.filled).toEqual([]);
      }),
    );
  });

  it("never loses a stored non-empty value", () => {
    fc.assert(
      fc.property(cards, cards, (stored, onCard) => {
        const known = { ...DANA, ...stored };
        const { merged } = mergeCard(known, onCard);
        expect(merged.name).toBe(known.name);
        for (const field of MERGED_FIELDS) {
          const before = known[field];
          if (before !== null && before.trim() !== "") expect(merged[field]).toBe(before);
        }
      }),
    );
  });
});
