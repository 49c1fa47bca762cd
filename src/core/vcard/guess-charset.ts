import { analyse } from "chardet";
import iconv from "iconv-lite";
import { charsetFor } from "./decode-text-value.js";

/** What is read when nothing names a charset and chardet has no better guess: Windows' Western. */
const FALLBACK = "windows-1252";
/** The sample chardet reads: the undeclared non-ASCII text, enough for its statistics. */
const SAMPLE_BYTES = 64 * 1024;
/** A physical line; matched one after another, each byte is read once. */
const LINE = /[^\r\n]+/g;
const NON_ASCII = /[\x80-\xff]/;

/**
 * The charset of a file's undeclared text that is not UTF-8 (old phones and Windows address books
 * wrote their code page and named none). chardet (a port of ICU's detector) reads the values of
 * the lines that declare no CHARSET: the ASCII names and parameters around them would otherwise
 * outweigh the few letters that tell Cyrillic from Western. Its first guess that a strict
 * charset with a character for every byte of the sample wins; the fallback is windows-1252. Returns the charset's name.
 */
export function guessCharset(binary: string): string {
  const sample: string[] = [];
  let size = 0;
  LINE.lastIndex = 0;
  for (let match = LINE.exec(binary); match !== null && size < SAMPLE_BYTES; ) {
    const line = match[0];
    const colon = line.indexOf(":");
    const head = colon < 0 ? "" : line.slice(0, colon).toUpperCase();
    if (NON_ASCII.test(line) && !head.includes("CHARSET=") && !head.includes("QUOTED-PRINTABLE")) {
      const value = colon < 0 ? line : line.slice(colon + 1);
      sample.push(value);
      size += value.length + 1;
    }
    match = LINE.exec(binary);
  }
  const bytes = Buffer.from(sample.join("\n"), "latin1");
  if (bytes.length === 0) return FALLBACK;
  for (const { name } of analyse(bytes)) {
    if (/^(UTF|ASCII)/i.test(name)) continue;
    const charset = charsetFor(name);
    // Not one that has a character for every byte of the sample: the next guess.
    if (charset !== null && !iconv.decode(bytes, charset).includes("\uFFFD")) return charset;
  }
  return FALLBACK;
}
