import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../errors/app-error.js";
import { BUILT_IN_TEMPLATES, TEMPLATE_IDS } from "../templates/built-in-templates.js";
import { parseTemplate } from "./parse-template.js";
import { renderTemplate } from "./render-template.js";
import {
  isKnownField,
  KNOWN_FIELDS,
  LIST_FIELDS,
  SCALAR_FIELDS,
  type TemplateContext,
} from "./template-fields.js";
import { validateTemplate } from "./validate-template.js";

const EMPTY = Object.fromEntries([
  ...SCALAR_FIELDS.map((f) => [f, null]),
  ...LIST_FIELDS.map((f) => [f, []]),
]) as unknown as TemplateContext;

const ctx = (values: Partial<Record<string, string | string[] | null>>): TemplateContext =>
  ({ ...EMPTY, ...values }) as TemplateContext;

function refusal(text: string): AppError {
  try {
    parseTemplate(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("parseTemplate / renderTemplate", () => {
  it("renders fields, lists as natural language, and sections only when non-empty", () => {
    const t = parseTemplate(
      "Hi {{recipient.name}}.{{#notes.highlight}} About {{notes.highlight}}.{{/notes.highlight}}{{^notes.clarify}} Nothing to clarify.{{/notes.clarify}}",
    );
    expect(
      renderTemplate(
        t,
        ctx({ "recipient.name": "Dana Whitfield", "notes.highlight": ["a", "b", "c."] }),
      ),
    ).toBe("Hi Dana Whitfield. About a, b, and c. Nothing to clarify.");
    expect(renderTemplate(t, ctx({ "recipient.name": "Dana Whitfield" }))).toBe(
      "Hi Dana Whitfield. Nothing to clarify.",
    );
  });

  it("prints a missing unguarded field as a visible slot, never a silent blank", () => {
    expect(renderTemplate(parseTemplate("From {{sender.name}}"), EMPTY)).toBe("From [sender.name]");
  });

  it("refuses an unknown field with its line and the list of known fields", () => {
    const error = refusal("Hello\n\nThanks {{foo}}");
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.field).toBe("template");
    expect(error.message).toBe("Unknown field {{foo}} at line 3");
    expect(error.accepted).toContain("recipient.name");
  });

  it("refuses unbalanced and crossed sections, and malformed tags", () => {
    expect(refusal("{{#notes.highlight}}x").message).toMatch(/never closed/);
    expect(refusal("x{{/notes.highlight}}").message).toMatch(/no opening/);
    expect(
      refusal("{{#notes.highlight}}{{#notes.clarify}}{{/notes.highlight}}{{/notes.clarify}}")
        .message,
    ).toMatch(/does not match/);
    expect(refusal("{{ two words }}").message).toMatch(/Malformed tag/);
    expect(refusal("a {{sender.name").message).toMatch(/Unclosed tag/);
  });

  it("property: a template without tags renders to itself", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }).filter((s) => !s.includes("{{")),
        (text) => renderTemplate(parseTemplate(text), EMPTY) === text,
      ),
    );
  });

  it("property: any unknown field is refused, wherever it sits", () => {
    const name = fc
      .stringMatching(/^[a-z][a-zA-Z0-9]{0,8}(\.[a-z][a-zA-Z0-9]{0,8})?$/)
      .filter((n) => !isKnownField(n));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((s) => !s.includes("{") && !s.includes("}")),
        name,
        fc.constantFrom("", "#"),
        (prefix, field, sigil) => {
          const text = `${prefix}{{${sigil}${field}}}${sigil === "#" ? `{{/${field}}}` : ""}`;
          const error = refusal(text);
          return (
            error.message.startsWith(`Unknown field {{${field}}}`) && error.field === "template"
          );
        },
      ),
    );
  });

  it("property: every known field is accepted", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN_FIELDS),
        (field) => parseTemplate(`{{#${field}}}{{${field}}}{{/${field}}}`).nodes.length === 1,
      ),
    );
  });
});

describe("validateTemplate", () => {
  it("accepts every built-in default", () => {
    for (const id of TEMPLATE_IDS)
      expect(() => validateTemplate(id, BUILT_IN_TEMPLATES[id])).not.toThrow();
  });

  it("refuses an unknown id, an email without subject (R19), and a subject off email", () => {
    expect(() => validateTemplate("thank-you-fax", "x")).toThrow(/Unknown template id/);
    expect(() => validateTemplate("check-in-email", "Dear {{recipient.name}}")).toThrow(
      /needs a subject/,
    );
    expect(() => validateTemplate("thank-you-card", "Subject: Hi\n\nThanks")).toThrow(
      /cannot have a "Subject:" line/,
    );
  });
});
