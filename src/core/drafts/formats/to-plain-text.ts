import type { Draft } from "../draft.types.js";

/** The draft as plain text: a "Subject:" line first when it has one. */
export function toPlainText(draft: Draft): string {
  const head = draft.subject === null ? "" : `Subject: ${draft.subject}\n\n`;
  return `${head}${draft.body}\n`;
}
