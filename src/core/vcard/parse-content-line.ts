import type { ContentLine } from "./parse-vcards.types.js";

/** vCard 2.1 wrote bare parameters (`TEL;WORK;VOICE:`); these name an encoding, the rest a TYPE. */
const BARE_ENCODINGS = new Set(["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"]);

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1)
    : value;
}

/** Index of the first colon outside a quoted parameter value, or -1. */
function valueColon(text: string): number {
  const colon = text.indexOf(":");
  const quote = text.indexOf('"');
  if (quote < 0 || quote > colon) return colon;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ":" && !quoted) return i;
  }
  return -1;
}

function addParam(params: Map<string, string[]>, name: string, values: string[]): void {
  const known = params.get(name);
  if (known === undefined) params.set(name, values);
  else for (const value of values) known.push(value);
}

/** Parses `group.NAME;PARAM=a,"b";BARE:value`; null when the line has no name or no colon. */
export function parseContentLine(text: string, line: number): ContentLine | null {
  const colon = valueColon(text);
  if (colon <= 0) return null;
  const [head = "", ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ";");
  const dot = head.lastIndexOf(".");
  const name = head
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (name === "") return null;
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const equals = raw.indexOf("=");
    if (equals < 0) {
      const bare = raw.trim().toUpperCase();
      if (bare !== "") addParam(params, BARE_ENCODINGS.has(bare) ? "ENCODING" : "TYPE", [bare]);
      continue;
    }
    const paramName = raw.slice(0, equals).trim().toUpperCase();
    const values = splitOutsideQuotes(raw.slice(equals + 1), ",").map((v) => unquote(v.trim()));
    // TYPE="work,voice" is one quoted value holding a list (RFC 6350 §5.6).
    addParam(
      params,
      paramName,
      paramName === "TYPE" ? values.flatMap((v) => v.split(",")) : values,
    );
  }
  return {
    line,
    group: dot > 0 ? head.slice(0, dot) : null,
    name,
    params,
    value: text.slice(colon + 1),
  };
}
