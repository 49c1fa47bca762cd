import iconv from "iconv-lite";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Whether bytes are well-formed UTF-8 (ASCII included). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The WHATWG name of a charset label ("latin1" → "windows-1252"), or null if TextDecoder lacks it. */
export function whatwgCharset(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * Whether postal-mime, through TextDecoder, reads these bytes in this charset right. Not: a
 * charset TextDecoder does not know (UTF-7, DOS and Mac code pages), and Windows-1252 (which
 * WHATWG also reads ISO-8859-1 and US-ASCII as) with bytes 0x80–0x9F, which Node 20's
 * TextDecoder turns into C1 controls instead of "€", "“", "”"…
 */
export function isReadByTextDecoder(bytes: Uint8Array, label: string): boolean {
  const name = whatwgCharset(label);
  if (name === null) return false;
  if (name !== "windows-1252") return true;
  return !bytes.some((b) => b >= 0x80 && b <= 0x9f);
}

/**
 * Text from bytes in a declared charset, the way browsers and mail clients read it: the label as
 * WHATWG names it ("iso-8859-1" is Windows-1252), decoded by iconv-lite, which also knows UTF-7
 * and the legacy code pages TextDecoder leaves out. Bytes declared UTF-8, US-ASCII or nothing that
 * are not UTF-8 are read as Windows-1252, the charset such mislabelled mail is in.
 */
export function decodeCharset(bytes: Uint8Array, label: string | null): string {
  const given = label?.trim().toLowerCase() || "utf-8";
  const charset = whatwgCharset(given) ?? given;
  const unicodeLike = charset === "utf-8" || /^(?:us-?ascii|ascii)$/.test(given);
  if (unicodeLike || !iconv.encodingExists(charset))
    return isUtf8(bytes)
      ? Buffer.from(bytes).toString("utf8")
      : iconv.decode(Buffer.from(bytes), "windows-1252");
  return iconv.decode(Buffer.from(bytes), charset);
}
