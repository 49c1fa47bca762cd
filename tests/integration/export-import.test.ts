import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEMPLATE_IDS } from "../../src/core/drafts/templates/built-in-templates.js";
import { AppError } from "../../src/errors/app-error.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import type { UseCaseContext } from "../../src/use-cases/context.js";
import { logCorrespondence } from "../../src/use-cases/correspondence/log-correspondence.js";
import { exportData } from "../../src/use-cases/data/export-data.js";
import { importData } from "../../src/use-cases/data/import-data.js";
import { saveTemplate, showTemplate } from "../../src/use-cases/drafts/manage-templates.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { addNote } from "../../src/use-cases/notes/add-note.js";
import { recordEvent } from "../../src/use-cases/planning/record-event.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { snapshotStore } from "../support/count-rows.js";
import {
  canReachPostgres,
  openTestStore,
  STORE_KINDS,
  type TestStore,
} from "../support/test-store.js";

const ZONES = [
  "America/New_York",
  "Europe/London",
  "Asia/Tokyo",
  "Australia/Sydney",
  "America/Los_Angeles",
];
const KINDS = ["highlight", "qualification", "clarify", "personal-interest", "question"] as const;
const text = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .filter((s) => s.trim().length > 0 && s.trim() === s);

const scenario = fc.record({
  interviews: fc.array(
    fc.record({
      company: fc.constantFrom("Acme", "Nordwind", "Ōkami KK"),
      role: text,
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 8, max: 18 }),
      zone: fc.constantFrom(...ZONES),
      people: fc.array(fc.record({ name: text, agreed: fc.boolean() }), {
        minLength: 0,
        maxLength: 3,
      }),
      notes: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), text }), { maxLength: 3 }),
      replied: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  // The user's own texts (`template edit`): a line of their own after the built-in text.
  templates: fc.array(
    fc.record({
      id: fc.constantFrom(...TEMPLATE_IDS),
      line: text.filter((s) => !/[{}]/.test(s)),
    }),
    { maxLength: 3 },
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

async function fill(
  ctx: UseCaseContext,
  s: Omit<Scenario, "templates"> & Partial<Pick<Scenario, "templates">>,
): Promise<void> {
  await setProfile(ctx, { name: "Test User", strengths: ["Kotlin"], sendCard: true });
  for (const t of s.templates ?? []) {
    const current = (await showTemplate(ctx, t.id)).text;
    await saveTemplate(ctx, t.id, `${current}\n${t.line}`);
  }
  for (const item of s.interviews) {
    const { interview } = await addInterview(ctx, {
      company: item.company,
      role: item.role,
      at: `2026-10-${String(item.day).padStart(2, "0")}T${String(item.hour).padStart(2, "0")}:00`,
      timeZone: item.zone,
    });
    const seen = new Set<string>();
    for (const person of item.people) {
      if (seen.has(person.name)) continue;
      seen.add(person.name);
      const contact = await addContact(ctx, {
        interviewId: interview.id,
        name: person.name,
        agreedToConnect: person.agreed,
        // One address per seat: a shared address would make them one person (merging, R1).
        email: `p${seen.size}@example.com`,
      });
      for (const note of item.notes)
        await addNote(ctx, {
          interviewId: interview.id,
          contactId: contact.id,
          kind: note.kind,
          text: note.text,
        });
    }
    if (item.replied) {
      await logCorrespondence(ctx, {
        interviewId: interview.id,
        direction: "in",
        channel: "email",
        subject: "Re: thanks",
        body: "Thanks!",
      });
      // News on the call (R11, R16): its words and day go through the round trip too.
      await recordEvent(ctx, {
        kind: "call",
        interviewId: interview.id,
        timeline: "by December 15",
      });
    }
  }
}

describe.each(STORE_KINDS)("export and import on %s", (kind) => {
  let stores: TestStore[] = [];
  beforeEach(async (context) => {
    if (kind === "postgres" && !(await canReachPostgres())) context.skip();
    stores = [];
  });
  afterEach(async () => {
    for (const s of stores) await s.cleanup();
  });
  const open = async () => {
    const s = await openTestStore(kind, "2026-11-20T12:00:00.000Z");
    stores.push(s);
    return s;
  };

  it("round-trips exactly: export → import into an empty store → export (property)", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const source = await open();
        const target = await open();
        await fill(source.ctx, s);
        const first = JSON.stringify(await exportData(source.ctx), null, 2);
        await importData(target.ctx, first);
        const second = JSON.stringify(await exportData(target.ctx), null, 2);
        expect(second).toBe(first);
        expect(JSON.parse(first).interviews.length).toBe(s.interviews.length);
        expect(JSON.parse(first).templates.length).toBe(new Set(s.templates.map((t) => t.id)).size);
      }),
      { numRuns: kind === "sqlite" ? 12 : 6 },
    );
  });

  it.each([
    ["not JSON", "{ this is not json", "file"],
    [
      "a truncated file",
      '{"format":"followthrough-export","version":1,"profile":null,"companies":[',
      "file",
    ],
    ["a wrong format tag", '{"format":"other","version":1}', "format"],
  ])("refuses %s and writes nothing", async (_name, body, field) => {
    const target = await open();
    await fill(target.ctx, {
      interviews: [
        {
          company: "Acme",
          role: "PM",
          day: 3,
          hour: 10,
          zone: "UTC",
          people: [{ name: "A B", agreed: false }],
          notes: [],
          replied: false,
        },
      ],
    });
    const before = await snapshotStore(target.store);
    const error = await importData(target.ctx, body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_IMPORT");
    expect((error as AppError).field).toBe(field);
    expect(await snapshotStore(target.store)).toEqual(before);
  });

  it("refuses a document with a bad record deep inside, or a dangling reference, and writes nothing", async () => {
    const source = await open();
    await fill(source.ctx, {
      interviews: [
        {
          company: "Acme",
          role: "PM",
          day: 3,
          hour: 10,
          zone: "UTC",
          people: [{ name: "A B", agreed: true }],
          notes: [{ kind: "highlight", text: "hi" }],
          replied: true,
        },
      ],
    });
    const doc = await exportData(source.ctx);
    const target = await open();
    const before = await snapshotStore(target.store);

    const badZoneTime = structuredClone(doc);
    (badZoneTime.notes[0] as { kind: string }).kind = "gossip";
    const e1 = (await importData(target.ctx, JSON.stringify(badZoneTime)).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(e1.field).toBe("notes.0.kind");

    const dangling = structuredClone(doc);
    (dangling.participations[0] as { contactId: string }).contactId = "ct_missing";
    const e2 = (await importData(target.ctx, JSON.stringify(dangling)).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(e2.code).toBe("INVALID_IMPORT");
    expect(e2.message).toMatch(/ct_missing/);

    expect(await snapshotStore(target.store)).toEqual(before);

    // Importing the same document twice: the second is refused whole, the first stays intact.
    await importData(target.ctx, JSON.stringify(doc));
    const afterFirst = await snapshotStore(target.store);
    const e3 = (await importData(target.ctx, JSON.stringify(doc)).catch(
      (e: unknown) => e,
    )) as AppError;
    expect(e3.code).toBe("CONFLICT");
    expect(await snapshotStore(target.store)).toEqual(afterFirst);
  });
});
