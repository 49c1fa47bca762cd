import { invalidInput } from "../../../errors/app-error.js";

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** Header injection: a CR or LF in a header value would start a new header. */
export function assertHeaderSafe(field: string, value: string): void {
  if (/[\r\n\0]/.test(value)) {
    throw invalidInput(
      field,
      `The ${field} contains a line break, which is not allowed in an email header.`,
      "a single line of text",
    );
  }
}

/**
 * RFC 2047 encoded-words for a header value with non-ASCII text ("=?UTF-8?B?…?="), each word
 * at most 75 characters and never splitting a character. Plain ASCII is returned as is.
 */
export function encodeHeaderText(value: string): string {
  if (ASCII_PRINTABLE.test(value)) return value;
  const words: string[] = [];
  let chunk = "";
  for (const char of value) {
    // 45 bytes of UTF-8 make 60 base64 characters: with "=?UTF-8?B?" and "?=" that is 72.
    if (Buffer.byteLength(chunk + char, "utf8") > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk !== "") words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, "utf8").toString("base64")}?=`).join("\r\n ");
}

/** "Name <address>", the name quoted or encoded as needed. */
export function formatAddress(name: string | null, address: string): string {
  if (name === null || name.trim() === "") return address;
  if (!ASCII_PRINTABLE.test(name)) return `${encodeHeaderText(name)} <${address}>`;
  const atom = /^[A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]+$/.test(name);
  return atom ? `${name} <${address}>` : `"${name.replace(/(["\\])/g, "\\$1")}" <${address}>`;
}

/** Quoted-printable (RFC 2045) of UTF-8 text with CRLF line ends and lines of 76 at most. */
export function quotedPrintable(text: string): string {
  return text.replace(/\r\n?/g, "\n").split("\n").map(encodeLine).join("\r\n");
}

function encodeLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  const tokens: string[] = [];
  bytes.forEach((byte, i) => {
    const last = i === bytes.length - 1;
    const plain =
      (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    tokens.push(
      plain ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`,
    );
  });
  const lines: string[] = [];
  let current = "";
  for (const token of tokens) {
    if (current.length + token.length > 75) {
      lines.push(`${current}=`);
      current = "";
    }
    current += token;
  }
  lines.push(current);
  return lines.join("\r\n");
}
