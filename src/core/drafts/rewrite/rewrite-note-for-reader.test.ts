import { describe, expect, it } from "vitest";
import type { NoteReaders } from "./note-person.js";
import { rewriteNoteForReader } from "./rewrite-note-for-reader.js";

const OTHERS = ["Rajesh Iyer", "Rajesh", "Raj", "Mei O'Connell", "Mei"];
const TO_DANA: NoteReaders = { about: "Dana Whitfield", reader: "Dana Whitfield", others: OTHERS };
const ABOUT_DANA_TO_ANYONE: NoteReaders = { ...TO_DANA, reader: null };
const INTERVIEW_WIDE_TO_DANA: NoteReaders = { ...TO_DANA, about: null };

function said(text: string, readers = TO_DANA): { topic: string; clause: string | null } {
  const rewritten = rewriteNoteForReader(text, readers);
  if (!rewritten.fits) throw new Error(`left out: ${rewritten.reason}`);
  return { topic: rewritten.topic, clause: rewritten.clause };
}

describe("rewriteNoteForReader: a note about the reader, in the second person (issue 11)", () => {
  it.each([
    [
      "her team is moving the nightly batch jobs to Kafka streaming next year",
      "your team is moving the nightly batch jobs to Kafka streaming next year",
    ],
    ["she said she would love to see my portfolio", "you said you would love to see my portfolio"],
    [
      "he wants to watch the data contracts talk from Data Council",
      "you want to watch the data contracts talk from Data Council",
    ],
    ["Her team moved to dbt last spring.", "your team moved to dbt last spring"],
    ["She has been at Northwind for 6 years", "you have been at Northwind for 6 years"],
    ["she isn't sure about Snowflake", "you aren't sure about Snowflake"],
    ["she doesn't like long meetings", "you don't like long meetings"],
    ["She's moving to Berlin next yr", "you're moving to Berlin next year"],
    ["Dana's team built the cost dashboard", "your team built the cost dashboard"],
    ["Dana wants the team to hire 2 more", "you want the team to hire 2 more"],
    ["they use Airflow and Snowflake", "you use Airflow and Snowflake"],
    ["I told her about my Kafka work", "I told you about my Kafka work"],
  ])("%s → %s", (note, clause) => {
    expect(said(note)).toEqual({ topic: `how ${clause}`, clause });
  });

  it("keeps the tense: past stays past, present agrees, modals stay", () => {
    expect(said("she was impressed by the Looker dashboards").clause).toBe(
      "you were impressed by the Looker dashboards",
    );
    expect(said("he moved the jobs to Kafka").clause).toBe("you moved the jobs to Kafka");
    expect(said("she will send the deck").clause).toBe("you will send the deck");
  });

  it("gives a jotted verb the subject it leaves out, the note's person, and writes shorthand out", () => {
    expect(said("loves hiking").clause).toBe("you love hiking");
    expect(said("wants to hire 2 more engineers by q1").clause).toBe(
      "you want to hire 2 more engineers by Q1",
    );
    expect(said("Loves hiking. Her team uses dbt.").clause).toBe(
      "you love hiking and your team uses dbt",
    );
  });

  it("keeps topics as topics, with no clause to put after 'that'", () => {
    for (const topic of [
      "the plan to move nightly batch jobs to streaming ingestion",
      "the cost dashboard your team built for warehouse queries",
      "a talk on data contracts you wanted to watch",
      "how the platform team plans its quarterly roadmap",
      "my experience tuning slow SQL in dbt models",
    ]) {
      expect(said(topic)).toEqual({ topic, clause: null });
    }
  });

  it("turns a relative clause inside a topic to the reader too (the issue's LinkedIn note)", () => {
    expect(said("the data contracts talk from Data Council he wants to watch")).toEqual({
      topic: "the data contracts talk from Data Council you want to watch",
      clause: null,
    });
    expect(said("the team she leads uses Airflow").clause).toBe("the team you lead uses Airflow");
  });

  it("keeps the user's own first person", () => {
    expect(said("I mentioned my Kafka work").clause).toBe("I mentioned my Kafka work");
    expect(
      said("the on-call rotation I described was weekly, and I led the runbook rewrite").clause,
    ).toBe("the on-call rotation I described was weekly, and I led the runbook rewrite");
  });

  it("keeps a colleague's person once the note names them", () => {
    expect(said("Raj said his team built the cost dashboard").clause).toBe(
      "Raj said his team built the cost dashboard",
    );
    expect(said("She introduced me to Raj, and he showed me the dashboards").clause).toBe(
      "you introduced me to Raj, and he showed me the dashboards",
    );
  });

  it("never starts with a capital that only began the jotted sentence, and keeps names", () => {
    expect(said("The plan to move to Kafka").topic).toBe("the plan to move to Kafka");
    expect(said("Kafka streaming next year").topic).toBe("Kafka streaming next year");
    expect(said("SQL performance tuning").topic).toBe("SQL performance tuning");
  });
});

describe("rewriteNoteForReader: a note read by someone else keeps its person, named", () => {
  it("names the person the note is about instead of an unexplained 'her'", () => {
    expect(said("Her team moved to dbt last spring.", ABOUT_DANA_TO_ANYONE).clause).toBe(
      "Dana's team moved to dbt last spring",
    );
    expect(said("she said she would love to see my portfolio", ABOUT_DANA_TO_ANYONE).clause).toBe(
      "Dana said she would love to see my portfolio",
    );
    expect(said("loves hiking", ABOUT_DANA_TO_ANYONE).clause).toBe("Dana loves hiking");
  });
});

describe("rewriteNoteForReader: what cannot be fitted safely is left out, with why", () => {
  it.each([
    ["dbt migration, q3", TO_DANA, /jotting/],
    ["loves hiking", INTERVIEW_WIDE_TO_DANA, /does not say who/],
    ["her team is hiring", INTERVIEW_WIDE_TO_DANA, /she or he without naming anyone/],
    ["The migration to dbt. She leads it.", TO_DANA, /mixes a topic and a sentence/],
    ["   ", TO_DANA, /empty/],
  ])("%s", (note, readers, reason) => {
    const rewritten = rewriteNoteForReader(note, readers);
    expect(rewritten.fits).toBe(false);
    if (!rewritten.fits) expect(rewritten.reason).toMatch(reason);
  });

  it("an interview-wide 'they' reads as 'you' to the reader", () => {
    expect(said("they use Airflow", INTERVIEW_WIDE_TO_DANA).clause).toBe("you use Airflow");
  });
});
