import { joinList } from "../join-list.js";
import type { Template, TemplateNode } from "./template.types.js";
import type { TemplateContext, TemplateField } from "./template-fields.js";

/**
 * Renders a parsed template. A field the records lack, used outside a section that guards it,
 * renders as a visible "[field.path]" so the checker flags it (never a silent blank).
 */
export function renderTemplate(template: Template, context: TemplateContext): string {
  return renderNodes(template.nodes, context);
}

function renderNodes(nodes: readonly TemplateNode[], context: TemplateContext): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.text;
    else if (node.type === "field") out += fieldText(context, node.field) ?? `[${node.field}]`;
    else {
      const present = fieldText(context, node.field) !== null;
      if (present === (node.mode === "#")) out += renderNodes(node.children, context);
    }
  }
  return out;
}

/** The field's text, or null when it is empty. */
export function fieldText(context: TemplateContext, field: TemplateField): string | null {
  const value = context[field];
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  const items = value.map((item) => item.trim()).filter((item) => item !== "");
  return items.length === 0 ? null : joinList(items);
}

/** Fields rendered outside any section that guards them: empty ones become placeholders. */
export function unguardedFields(template: Template): TemplateField[] {
  const found = new Set<TemplateField>();
  const walk = (nodes: readonly TemplateNode[], guarded: ReadonlySet<TemplateField>): void => {
    for (const node of nodes) {
      if (node.type === "field" && !guarded.has(node.field)) found.add(node.field);
      if (node.type === "section") {
        walk(node.children, node.mode === "#" ? new Set([...guarded, node.field]) : guarded);
      }
    }
  };
  walk(template.nodes, new Set());
  return [...found];
}
