import type { TemplateField } from "./template-fields.js";

export type TemplateNode =
  | { type: "text"; text: string }
  | { type: "field"; field: TemplateField; line: number }
  | {
      type: "section";
      field: TemplateField;
      /** "#" renders when the field is non-empty, "^" when it is empty. */
      mode: "#" | "^";
      children: TemplateNode[];
      line: number;
    };

export interface Template {
  nodes: TemplateNode[];
}
