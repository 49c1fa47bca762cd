import { describe, expect, it } from "vitest";
import type { Note } from "../domain/types.js";
import { DANA, INTERVIEW, MEI, NOTES, RAJ } from "./draft-fixtures.js";
import { selectNotes } from "./select-notes.js";

const EVERYONE = [DANA, RAJ, MEI];

function note(contactId: string | null, kind: Note["kind"], text: string): Note {
  return { id: text, interviewId: INTERVIEW.id, contactId, kind, text, createdAt: "" };
}

describe("selectNotes (R7: each note personal, in the reader's voice)", () => {
  it("takes the reader's own highlights only, rewritten to them", () => {
    const notes = [
      note(DANA.id, "highlight", "Her team moved to dbt last spring."),
      note(RAJ.id, "highlight", "his team built the cost dashboard"),
    ];
    const toDana = selectNotes(notes, DANA, EVERYONE);
    expect(toDana.fitted.highlight).toEqual([
      {
        topic: "how your team moved to dbt last spring",
        clause: "your team moved to dbt last spring",
      },
    ]);
    const toRaj = selectNotes(notes, RAJ, EVERYONE);
    expect(toRaj.fitted.highlight.map((n) => n.clause)).toEqual([
      "your team built the cost dashboard",
    ]);
  });

  it("falls back to the interview-wide notes for the other kinds", () => {
    const selected = selectNotes(NOTES, RAJ, EVERYONE);
    expect(selected.fitted.question).toEqual([
      { topic: "how the platform team plans its quarterly roadmap", clause: null },
    ]);
    expect(selected.fitted.highlight).toHaveLength(1);
    expect(selectNotes(NOTES, MEI, EVERYONE).fitted.highlight).toEqual([]);
  });

  it("lists the notes it could not fit, with why, instead of pasting them", () => {
    const notes = [note(DANA.id, "highlight", "dbt migration, q3")];
    const selected = selectNotes(notes, DANA, EVERYONE);
    expect(selected.fitted.highlight).toEqual([]);
    expect(selected.leftOut).toEqual([
      { kind: "highlight", text: "dbt migration, q3", reason: expect.stringMatching(/jotting/) },
    ]);
  });

  it("keeps a colleague named in the reader's note in their own person", () => {
    const notes = [note(DANA.id, "highlight", "Rajesh said his team owns the dashboards")];
    expect(selectNotes(notes, DANA, EVERYONE).fitted.highlight[0]?.clause).toBe(
      "Rajesh said his team owns the dashboards",
    );
  });
});
