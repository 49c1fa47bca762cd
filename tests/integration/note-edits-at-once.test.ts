import { describe, expect, it } from "vitest";
import { AppError } from "../../src/errors/app-error.js";
import { getNote } from "../../src/store/repositories/note.repository.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { addNote } from "../../src/use-cases/notes/add-note.js";
import { deleteNote } from "../../src/use-cases/notes/delete-note.js";
import { editNote } from "../../src/use-cases/notes/edit-note.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

// Two changes to one note at the same moment (a phone and a laptop): each works on what the
// other wrote, so neither puts back the other's old field, and an edit of a deleted note is a
// clean "not on record", never a note brought back.
describe.each(STORE_KINDS)("changing one note from two places at once on %s", (kind) => {
  const t = useTestStore(kind);

  async function seed() {
    const { interview } = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T10:00",
      timeZone: "America/Chicago",
    });
    const dana = await addContact(t.ctx, { interviewId: interview.id, name: "Dana Whitfield" });
    const note = await addNote(t.ctx, {
      interviewId: interview.id,
      contactId: dana.id,
      kind: "highlight",
      text: "her team moved to dbt",
    });
    return note;
  }

  it("keeps both the new words and the new kind", async () => {
    const note = await seed();
    for (let round = 0; round < 5; round++) {
      const text = `her team moved to dbt (${round})`;
      const kindOf = round % 2 === 0 ? "qualification" : "clarify";
      await Promise.all([
        editNote(t.ctx, { id: note.id, text }),
        editNote(t.ctx, { id: note.id, kind: kindOf }),
      ]);
      const stored = await getNote(t.ctx.db, t.ctx.accountId, note.id);
      expect(stored).toMatchObject({ text, kind: kindOf });
    }
  });

  it("refuses an edit that comes after a delete, and leaves the note deleted", async () => {
    const note = await seed();
    const [deleted, edited] = await Promise.allSettled([
      deleteNote(t.ctx, note.id),
      editNote(t.ctx, { id: note.id, text: "changed" }),
    ]);
    expect(deleted.status).toBe("fulfilled");
    const stored = await getNote(t.ctx.db, t.ctx.accountId, note.id);
    if (edited.status === "rejected") {
      expect(edited.reason).toBeInstanceOf(AppError);
      expect((edited.reason as AppError).code).toBe("NOT_FOUND");
    }
    expect(stored).toBeNull();
  });
});
