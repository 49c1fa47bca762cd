import { invalidInput } from "../../../errors/app-error.js";
import type { Template, TemplateNode } from "./template.types.js";
import { isKnownField, KNOWN_FIELDS } from "./template-fields.js";

const TAG = /\{\{([#^/]?)\s*([^{}]*?)\s*\}\}/g;
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

interface OpenSection {
  field: string;
  mode: "#" | "^";
  line: number;
  children: TemplateNode[];
}

/**
 * Parses the logic-less template syntax: `{{field.path}}`, `{{#field}}…{{/field}}` (render when
 * non-empty) and `{{^field}}…{{/field}}` (render when empty). Unknown fields, malformed tags and
 * unbalanced sections are refused with the line they are on.
 */
export function parseTemplate(text: string): Template {
  const root: TemplateNode[] = [];
  const stack: OpenSection[] = [];
  const current = (): TemplateNode[] => stack.at(-1)?.children ?? root;
  let last = 0;

  for (const match of text.matchAll(TAG)) {
    const index = match.index;
    const line = lineAt(text, index);
    pushText(current(), text.slice(last, index));
    last = index + match[0].length;
    const sigil = match[1] ?? "";
    const name = match[2] ?? "";
    if (!FIELD_PATH.test(name)) {
      throw invalidInput(
        "template",
        `Malformed tag ${match[0]} at line ${line}`,
        "{{field.path}}, {{#field.path}}…{{/field.path}} or {{^field.path}}…{{/field.path}}",
      );
    }
    if (!isKnownField(name)) {
      throw invalidInput(
        "template",
        `Unknown field {{${name}}} at line ${line}`,
        KNOWN_FIELDS.join(", "),
      );
    }
    if (sigil === "#" || sigil === "^") {
      stack.push({ field: name, mode: sigil, line, children: [] });
    } else if (sigil === "/") {
      const open = stack.pop();
      if (open === undefined || open.field !== name) {
        throw invalidInput(
          "template",
          open === undefined
            ? `Closing {{/${name}}} at line ${line} has no opening {{#${name}}}`
            : `Closing {{/${name}}} at line ${line} does not match {{${open.mode}${open.field}}} opened at line ${open.line}`,
          "sections closed in the reverse order they were opened",
        );
      }
      current().push({
        type: "section",
        field: name,
        mode: open.mode,
        children: open.children,
        line: open.line,
      });
    } else {
      current().push({ type: "field", field: name, line });
    }
  }

  const unclosed = stack.at(-1);
  if (unclosed !== undefined) {
    throw invalidInput(
      "template",
      `Section {{${unclosed.mode}${unclosed.field}}} opened at line ${unclosed.line} is never closed`,
      `a closing {{/${unclosed.field}}}`,
    );
  }
  const rest = text.slice(last);
  const stray = rest.indexOf("{{");
  if (stray >= 0) {
    throw invalidInput(
      "template",
      `Unclosed tag "{{" at line ${lineAt(text, last + stray)}`,
      "tags closed with }}",
    );
  }
  pushText(root, rest);
  return { nodes: root };
}

function pushText(nodes: TemplateNode[], text: string): void {
  if (text.length > 0) nodes.push({ type: "text", text });
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
