import { buildDraftContext } from "./build-draft-context.js";
import { capLinkedInNote } from "./cap-linkedin-note.js";
import { chooseTemplateId } from "./choose-template-id.js";
import type { Draft, DraftInput } from "./draft.types.js";
import { findMissing } from "./find-missing.js";
import { normalizeWhitespace } from "./normalize-whitespace.js";
import { parseTemplate } from "./template/parse-template.js";
import { renderTemplate, unguardedFields } from "./template/render-template.js";
import { splitSubject } from "./template/split-subject.js";
import type { TemplateNode } from "./template/template.types.js";
import type { TemplateField } from "./template/template-fields.js";
import { validateTemplate } from "./template/validate-template.js";
import { BUILT_IN_TEMPLATES } from "./templates/built-in-templates.js";
import { LETTER_FRAME } from "./templates/letter-frame.js";

// A user's letter template that writes the date itself has its own address blocks.
const OWN_DATE = /\{\{\s*today\s*\}\}/;

/**
 * Writes the message for one follow-up action from the records: the recipient's name as on the
 * card (R1), that person's own notes (R7), the user's strengths and signature, the stated
 * timeline (R11, R13). What the records lack is listed in `missing` instead of being padded.
 */
export function composeDraft(input: DraftInput): Draft {
  const { action, contact } = input;
  const templateId = chooseTemplateId(action.kind, action.channel, input.application.status);
  const override = input.templates?.[templateId];
  const text = override ?? BUILT_IN_TEMPLATES[templateId];
  if (override !== undefined) validateTemplate(templateId, override);

  const split = splitSubject(text);
  const subjectTemplate = split.subject === null ? null : parseTemplate(split.subject);
  // A letter by post gets the address blocks and the date (R10), unless its template writes its own.
  const framed = action.channel === "letter" && !OWN_DATE.test(split.body);
  const bodyTemplate = parseTemplate(framed ? `${LETTER_FRAME}${split.body}` : split.body);
  const context = buildDraftContext(input);

  let body = normalizeWhitespace(renderTemplate(bodyTemplate, context));
  if (action.channel === "linkedin") body = capLinkedInNote(body);
  const subject =
    action.channel === "email" && subjectTemplate !== null
      ? normalizeWhitespace(renderTemplate(subjectTemplate, context))
      : null;

  const templates = subjectTemplate === null ? [bodyTemplate] : [subjectTemplate, bodyTemplate];
  const used = new Set(templates.flatMap((t) => fieldsOf(t.nodes)));
  const unguarded = templates.flatMap(unguardedFields);
  const to =
    contact === null
      ? null
      : action.channel === "email"
        ? (contact.email ?? contact.name)
        : contact.name;

  return {
    channel: action.channel,
    subject,
    body,
    to,
    missing: findMissing(input, context, used, [...new Set(unguarded)]),
    templateId,
  };
}

function fieldsOf(nodes: readonly TemplateNode[]): TemplateField[] {
  return nodes.flatMap((node) =>
    node.type === "text"
      ? []
      : node.type === "field"
        ? [node.field]
        : [node.field, ...fieldsOf(node.children)],
  );
}
