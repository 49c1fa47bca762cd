import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

/** What a value's bytes became: its text, or why it has none (to be named with card and line). */
export type DecodedValue = { text: string } | { problem: string };

/**
 * Labels that name Latin-1 (and ASCII), read as windows-1252 as the WHATWG Encoding Standard
 * and every browser read them: Windows wrote its code page and declared ISO-8859-1, so “ – €
 * are bytes 0x80–0x9F, which Latin-1 would make invisible control characters.
 */
const READ_AS_WINDOWS_1252 = new Set([
  "ascii",
  "us-ascii",
  "iso-8859-1",
  "iso8859-1",
  "iso88591",
  "iso_8859-1",
  "latin1",
  "l1",
  "cp819",
  "ibm819",
  "iso-ir-100",
  "csisolatin1",
  "x-cp1252",
]);

/**
 * The charset a CHARSET label names, as iconv-lite calls it, or null when it names none.
 * iconv-lite and not TextDecoder: Node 20.18.3 and later decode windows-1252 as Latin-1
 * (nodejs/node#60888), the one charset old vCards use most.
 */
export function charsetFor(label: string): string | null {
  const key = label.trim().toLowerCase();
  if (READ_AS_WINDOWS_1252.has(key)) return "windows-1252";
  return iconv.encodingExists(key) ? key : null;
}

/** The name of a charset as people write it ("UTF-8", "windows-1251"). */
export function charsetName(charset: string): string {
  return /^utf/i.test(charset) ? charset.toUpperCase() : charset.toLowerCase();
}

/**
 * The first C0 or C1 control or DEL but tab, LF and CR, or -1: NUL breaks PostgreSQL text, and
 * all of them print as nothing.
 */
export function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f)
    )
      return code;
  }
  return -1;
}

/**
 * Decodes one value's bytes in `charset` (a CHARSET label), strictly: bytes the charset has no
 * character for are refused, never kept as U+FFFD. A value that holds U+FFFD or a control
 * character after decoding is refused too: the first is text damaged before the file was
 * written, and would print as "S�ren" on a letter (R1).
 */
export function decodeTextValue(bytes: Uint8Array, label: string, what: string): DecodedValue {
  let text: string;
  // Most values are ASCII: the same in every charset a vCard declares.
  if (bytes.every((b) => b < 0x80)) text = Buffer.from(bytes).toString("latin1");
  else {
    const charset = charsetFor(label);
    if (charset === null) {
      return {
        problem: `${what} is in CHARSET=${label.slice(0, 40)}, which is not a character set this import knows — export the file again as UTF-8`,
      };
    }
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const unicode = /^utf-?8$/i.test(charset);
    if (unicode && !isUtf8(buffer)) return notValid(what, charset);
    text = iconv.decode(buffer, charset);
    // iconv-lite writes U+FFFD for bytes with no character: here that is not valid text.
    if (!unicode && text.includes("\uFFFD")) return notValid(what, charset);
  }
  if (text.includes("\uFFFD")) {
    return {
      problem: `${what} holds U+FFFD (�), the mark of text damaged before this file was written — write the value as it should read`,
    };
  }
  const control = firstControl(text);
  if (control >= 0) {
    const code = control.toString(16).toUpperCase().padStart(4, "0");
    return { problem: `${what} holds the control character U+${code} — remove it` };
  }
  return { text };
}

function notValid(what: string, charset: string): DecodedValue {
  return {
    problem: `${what} is not valid ${charsetName(charset)} text — declare the CHARSET it is written in, or export the file again as UTF-8`,
  };
}

/** Whether bytes are UTF-8 (ASCII included). */
export function isUtf8Bytes(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}
