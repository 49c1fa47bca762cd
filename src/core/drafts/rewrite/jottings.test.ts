import { describe, expect, it } from "vitest";
import { expandAbbreviations } from "./expand-abbreviations.js";
import type { NoteReaders } from "./note-person.js";
import { rewriteNoteForReader } from "./rewrite-note-for-reader.js";
import { whatTheyAsked } from "./what-they-asked.js";

// Issue 11, item 5: jottings from the draft corpus (tests/support/draft-corpus.ts) as a message
// says them — shorthand written out, an article where a sentence needs one, clauses a comma ran
// together joined, a reminder to oneself left out.
const TO_KATE: NoteReaders = { about: "Kate Nguyen", reader: "Kate Nguyen", others: ["Sam"] };
const ABOUT_KATE_TO_SAM: NoteReaders = { ...TO_KATE, reader: "Sam" };

function clause(text: string, readers = TO_KATE): string | null {
  const rewritten = rewriteNoteForReader(text, readers);
  if (!rewritten.fits) throw new Error(`left out: ${rewritten.reason}`);
  return rewritten.clause ?? rewritten.topic;
}

describe("jottings written out for the reader (issue 11)", () => {
  it.each([
    ["asked abt my airflow exp", "you asked about my airflow experience"],
    ["team hit 140% of quota last qtr", "your team hit 140% of quota last quarter"],
    ["school is starting a reading programme", "the school is starting a reading programme"],
    ["new block schedule starting in the fall", "the new block schedule starting in the fall"],
    [
      "grew up in Albany, loves the farmers market",
      "you grew up in Albany and love the farmers market",
    ],
    ["loves typography, mentioned Garamond", "you love typography and mentioned Garamond"],
    [
      "design system is 2 yrs old, they want to rebuild it w/ tokens",
      "the design system is 2 years old, and you want to rebuild it with tokens",
    ],
    [
      "I said 3 yrs at Monzo but it was 2.5, should correct",
      "I said 3 years at Monzo but it was 2.5",
    ],
    ["migrating from Jenkins to GitHub Actions", "migrating from Jenkins to GitHub Actions"],
    ["benefits start day one", "benefits start day one"],
  ])("%s → %s", (note, expected) => {
    expect(clause(note)).toBe(expected);
  });

  it("keeps a colleague's person and verb when the reader is someone else", () => {
    expect(clause("loves typography, mentioned Garamond", ABOUT_KATE_TO_SAM)).toBe(
      "Kate loves typography and mentioned Garamond",
    );
  });

  it("writes a lower-case 'i' as 'I' and leaves words it does not know alone", () => {
    expect(expandAbbreviations("asked how i use data, i'm sure abt it")).toBe(
      "asked how I use data, I'm sure about it",
    );
    expect(expandAbbreviations("ABT and Exp stay")).toBe("ABT and Exp stay");
  });
});

describe("whatTheyAsked: what a qualification note says they asked about", () => {
  it.each([
    ["you asked about my Kafka experience", "my Kafka experience"],
    ["you asked for examples of campaigns I ran", "examples of campaigns I ran"],
    ["you wanted to know about my Kafka experience", "my Kafka experience"],
    ["you wanted someone strong in SQL and Tableau", "SQL and Tableau"],
    ["you asked how I debug prod incidents", "how I debug prod incidents"],
  ])("%s → %s", (said, expected) => {
    expect(whatTheyAsked({ topic: `how ${said}`, clause: said })).toBe(expected);
  });

  it("keeps the topic of a note that is not a question", () => {
    const note = {
      topic: "how you asked me to send my portfolio",
      clause: "you asked me to send my portfolio",
    };
    expect(whatTheyAsked(note)).toBe(note.topic);
    expect(whatTheyAsked({ topic: "my biggest deal", clause: null })).toBe("my biggest deal");
  });
});
