import { vcardImportError } from "./vcard-import-error.js";

/** A .vcf file as the parser reads it: one character per byte, so no byte is lost or guessed. */
export interface VCardBytes {
  /**
   * The file's bytes as a binary string (each char code 0–255). Every character that gives a
   * vCard its structure is ASCII, and no byte of the legacy charsets vCard writers declare
   * (single-byte, Shift_JIS, Big5, GBK) stands for ":", ";", "=" or a line end, so lines and
   * properties are found before any value is decoded.
   */
  binary: string;
  /**
   * The file's own Unicode encoding when a byte-order mark (or the NULs of UTF-16) names it, or
   * null. Such a file was transcoded to UTF-8, so a CHARSET on its text values is not its bytes'.
   */
  unicode: "UTF-8" | "UTF-16LE" | "UTF-16BE" | "UTF-32LE" | "UTF-32BE" | null;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);

/**
 * Reads a file's bytes for parseVCards: a UTF-8 BOM is dropped; a UTF-16 or UTF-32 file (by its
 * BOM, or UTF-16 by the NUL beside the "B" of BEGIN that every vCard starts with) is decoded and
 * written again as UTF-8. Refuses, naming the encoding, a file that is not valid in the one its
 * BOM names. Linear in the size of the file.
 */
export function readVCardBytes(bytes: Uint8Array): VCardBytes {
  // UTF-32LE's BOM starts like UTF-16LE's, so it is looked for first.
  if (startsWith(bytes, 0xff, 0xfe, 0, 0)) return transcoded(bytes.subarray(4), "UTF-32LE");
  if (startsWith(bytes, 0, 0, 0xfe, 0xff)) return transcoded(bytes.subarray(4), "UTF-32BE");
  if (startsWith(bytes, 0xff, 0xfe)) return transcoded(bytes.subarray(2), "UTF-16LE");
  if (startsWith(bytes, 0xfe, 0xff)) return transcoded(bytes.subarray(2), "UTF-16BE");
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    return { binary: Buffer.from(bytes.subarray(3)).toString("latin1"), unicode: "UTF-8" };
  }
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) {
    return transcoded(bytes, "UTF-16LE");
  }
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) {
    return transcoded(bytes, "UTF-16BE");
  }
  return { binary: Buffer.from(bytes).toString("latin1"), unicode: null };
}

function transcoded(
  bytes: Uint8Array,
  encoding: "UTF-16LE" | "UTF-16BE" | "UTF-32LE" | "UTF-32BE",
): VCardBytes {
  const text =
    encoding === "UTF-32LE" || encoding === "UTF-32BE"
      ? decodeUtf32(bytes, encoding === "UTF-32LE")
      : decodeUtf16(bytes, encoding);
  if (text === null) {
    throw vcardImportError(
      1,
      1,
      `the file is marked as ${encoding} but is not valid ${encoding} — export it again, or save it as UTF-8`,
    );
  }
  return { binary: Buffer.from(text, "utf8").toString("latin1"), unicode: encoding };
}

function decodeUtf16(bytes: Uint8Array, encoding: "UTF-16LE" | "UTF-16BE"): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** TextDecoder has no UTF-32 (WHATWG dropped it), so its four-byte units are read here. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string | null {
  if (bytes.length % 4 !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const CHUNK = 8192;
  let points: number[] = [];
  for (let at = 0; at < bytes.length; at += 4) {
    const point = view.getUint32(at, littleEndian);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
    if (points.push(point) === CHUNK) {
      parts.push(String.fromCodePoint(...points));
      points = [];
    }
  }
  parts.push(String.fromCodePoint(...points));
  return parts.join("");
}
