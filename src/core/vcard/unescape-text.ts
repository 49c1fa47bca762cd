/**
 * Splits `value` on an unescaped `separator` (`;` between components, `,` between list values),
 * leaving escapes for unescapeText.
 */
export function splitEscaped(value: string, separator: ";" | ","): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === "\\") i++;
    else if (char === separator) {
      parts.push(value.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(value.slice(from));
  return parts;
}

/**
 * Undoes RFC 6350 §3.4 escapes: `\n` `\N` → newline; `\,` `\;` `\:` `\\` → the character.
 * Apple escapes colons in URLs (`http\://`). Any other backslash is kept, as sloppy writers
 * leave Windows paths unescaped.
 */
export function unescapeText(value: string): string {
  if (!value.includes("\\")) return value;
  return value.replace(/\\([nN,;:\\])/g, (_match, char: string) =>
    char === "n" || char === "N" ? "\n" : char,
  );
}
