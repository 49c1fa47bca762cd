import { decode } from "html-entities";

/**
 * Text as a person reads it from a field that may hold markup: tags dropped (a script's or
 * style's content with them), entities decoded, whitespace collapsed, cut at `max` characters.
 */
export function plainText(value: string, max: number): string {
  const text = decode(
    value
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<\/?[a-z][^>]*>/gi, " ")
      .replace(/<!--[\s\S]*?-->/g, " "),
  )
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
