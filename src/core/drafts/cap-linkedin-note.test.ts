import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Note } from "../domain/types.js";
import { capLinkedInNote, LINKEDIN_NOTE_LIMIT } from "./cap-linkedin-note.js";
import { composeDraft } from "./compose-draft.js";
import { DANA, draftInput, NOTES } from "./draft-fixtures.js";

describe("capLinkedInNote (R9: 300 characters, hard)", () => {
  it("leaves a short note alone", () => {
    expect(capLinkedInNote("Hello Dana Whitfield, thanks. Zoë")).toBe(
      "Hello Dana Whitfield, thanks. Zoë",
    );
  });

  it("drops whole sentences, keeping the first and the sign-off", () => {
    const long = `Hello Dana, thanks for the talk. ${"This sentence is filler of some length. ".repeat(10)}Zoë Ångström`;
    const capped = capLinkedInNote(long);
    expect(capped.length).toBeLessThanOrEqual(300);
    expect(capped.startsWith("Hello Dana, thanks for the talk.")).toBe(true);
    expect(capped.endsWith("Zoë Ångström")).toBe(true);
    expect(capped).not.toContain("…");
  });

  it("does not take a dot inside an address for a sentence end", () => {
    const text = `See zoe.example.org for the talk. ${"More words here. ".repeat(30)}Zoë`;
    expect(capLinkedInNote(text)).toContain("zoe.example.org");
  });

  it("property: any text, however long, comes out within the limit and without split pairs", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), (text) => {
        const capped = capLinkedInNote(text);
        const lastCode = capped.charCodeAt(capped.length - 1);
        return capped.length <= LINKEDIN_NOTE_LIMIT && !(lastCode >= 0xd800 && lastCode <= 0xdbff);
      }),
      { numRuns: 300 },
    );
  });

  it("property: a composed LinkedIn draft stays within 300 characters whatever the notes", () => {
    const sentence = fc.stringMatching(/^[A-Za-z ,']{1,120}$/);
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[A-Za-z ]{1,200}$/),
        (texts, role) => {
          const notes: Note[] = [
            ...NOTES,
            ...texts.map((text, i) => ({
              id: `x${i}`,
              interviewId: "int-1",
              contactId: DANA.id,
              kind: "personal-interest" as const,
              text,
              createdAt: "2026-11-17T00:00:00.000Z",
            })),
          ];
          const input = draftInput("linkedin-request", "linkedin", DANA, "2026-11-17", { notes });
          const draft = composeDraft({ ...input, application: { ...input.application, role } });
          expect(draft.body.length).toBeLessThanOrEqual(300);
        },
      ),
      { numRuns: 200 },
    );
  });
});
