import { invalidInput } from "../../../errors/app-error.js";
import { isTemplateId, TEMPLATE_IDS } from "../templates/built-in-templates.js";
import { parseTemplate } from "./parse-template.js";
import { splitSubject } from "./split-subject.js";
import type { Template } from "./template.types.js";

/**
 * Checks a user's override before it is stored: the id must name a built-in template, the text
 * must parse (known fields, balanced sections), and email templates need their "Subject:" line
 * (R19: a clear subject) while other channels must not have one.
 */
export function validateTemplate(id: string, text: string): Template {
  if (!isTemplateId(id)) {
    throw invalidInput("templateId", `Unknown template id "${id}"`, TEMPLATE_IDS.join(", "));
  }
  const template = parseTemplate(text);
  const { subject } = splitSubject(text);
  const isEmail = id.endsWith("-email");
  if (isEmail && (subject === null || subject === "")) {
    throw invalidInput(
      "template",
      `Template "${id}" is an email and needs a subject on its first line (R19)`,
      'a first line "Subject: …" followed by a blank line',
    );
  }
  if (!isEmail && subject !== null) {
    throw invalidInput(
      "template",
      `Template "${id}" is not an email and cannot have a "Subject:" line`,
      "the message text only",
    );
  }
  return template;
}
