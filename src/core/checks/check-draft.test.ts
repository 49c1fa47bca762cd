import { describe, expect, it } from "vitest";
import type { Note } from "../domain/types.js";
import type { CheckContext, Finding } from "./check.types.js";
import { checkDraft } from "./check-draft.js";
import { loadCheckers } from "./load-checkers.js";

const CONTEXT: CheckContext = {
  channel: "card",
  recipientName: "Dana Whitfield",
  knownNames: ["Dana Whitfield", "Rajesh Iyer", "Northwind Analytics", "Zoë Ångström"],
};

const check = (text: string, context: Partial<CheckContext> = {}): Finding[] =>
  checkDraft(text, { ...CONTEXT, ...context });
const rules = (text: string, context: Partial<CheckContext> = {}): string[] =>
  check(text, context).map((f) => f.rule);
const spanOf = (text: string, f: Finding | undefined): string =>
  f === undefined ? "" : text.slice(f.start, f.end);

describe("checkDraft", () => {
  it("loads the dictionary once", () => {
    expect(loadCheckers()).toBe(loadCheckers());
  });

  it("R21 spelling: flags the word with its span and a suggestion", () => {
    const text = "Thank you for the oportunity.";
    const [finding] = check(text);
    expect(finding?.rule).toBe("R21-spelling");
    expect(spanOf(text, finding)).toBe("oportunity");
    expect(finding?.suggestion).toBe("opportunity");
  });

  it("R21 spelling: known names, user words, URLs, emails and numbers are not words to check", () => {
    expect(
      check(
        "Zoë met Rajesh at Northwind about Kubeflow; see https://zoe.example.org/wrk or mail zoe@exmaple.org, ref 12ab.",
        { userWords: ["Kubeflow"] },
      ),
    ).toEqual([]);
  });

  it("R21 grammar: our own rules, with a fix", () => {
    const text = "I would of liked to see the the demo.";
    const found = check(text).filter((f) => f.rule === "R21-grammar");
    expect(found.map((f) => [spanOf(text, f), f.suggestion])).toEqual([
      ["would of", "would have"],
      ["the the", "the"],
    ]);
    expect(rules("Its been great. an honest talk, and a hour well spent.")).toEqual([
      "R21-grammar",
      "R21-grammar",
      "R21-grammar",
    ]);
    expect(rules("It was an honor, and a university visit too.")).toEqual([]);
  });

  it("R1: a near-miss of the name on the card, and the wrong person in the greeting", () => {
    const text = "Dear Dana Whitfeld, thanks.";
    const [finding] = check(text);
    expect(finding).toMatchObject({ rule: "R1-name", severity: "error", suggestion: "Whitfield" });
    expect(spanOf(text, finding)).toBe("Whitfeld");
    expect(check("Dear Rajesh, thanks.")[0]?.message).toMatch(
      /names Rajesh Iyer, but this message goes to Dana Whitfield/,
    );
    expect(rules("Dear Dana, thanks.")).toEqual([]);
  });

  it("placeholders left unfilled are errors", () => {
    expect(rules("Dear [Name], about {{notes.highlight}} TODO")).toEqual([
      "placeholder",
      "placeholder",
      "placeholder",
    ]);
  });

  it("R13, R22: pushy phrases and exclamation marks are warnings", () => {
    const found = check("Am I still in the running? Please respond ASAP!!");
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ["R22-pushy", "warning"],
      ["R22-pushy", "warning"],
      ["R22-exclamation", "warning"],
    ]);
  });

  it("length: LinkedIn over 300 characters is an error, a long card a warning", () => {
    expect(
      check("Hello there. ".repeat(30), { channel: "linkedin" }).find((f) => f.rule === "length")
        ?.severity,
    ).toBe("error");
    expect(
      check("Thank you so much. ".repeat(30), { channel: "card" }).find((f) => f.rule === "length")
        ?.severity,
    ).toBe("warning");
  });

  it("R19: the elements a follow-up email lacks are warnings", () => {
    expect(rules("Dear Dana Whitfield,\n\nThank you for your time.", { channel: "email" })).toEqual(
      ["R19-subject", "R19-interest", "R19-qualification", "R19-next-steps", "R19-closing"],
    );
    expect(
      rules("Dear hiring team,\n\nThanks.", { channel: "email", subject: "Thanks" }),
    ).toContain("R19-greeting");
  });

  it("R22: generic when nothing from the notes appears; R7: too alike a colleague's note", () => {
    const notes: Note[] = [
      {
        id: "n",
        interviewId: "i",
        contactId: null,
        kind: "highlight",
        text: "the streaming ingestion project",
        createdAt: "2026-11-17T00:00:00Z",
      },
    ];
    expect(rules("Thank you for the great conversation.", { notes })).toEqual(["R22-generic"]);
    expect(rules("Thank you for the talk about streaming.", { notes })).toEqual([]);
    const note =
      "Thank you for telling me about the streaming ingestion project and the on-call rotation.";
    expect(
      rules(`Dear Dana Whitfield, ${note}`, { siblingDrafts: [`Dear Rajesh Iyer, ${note}`] }),
    ).toEqual(["R7-too-alike"]);
  });
});
