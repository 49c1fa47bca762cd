const encoder = new TextEncoder();
const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/**
 * Decodes a quoted-printable value (RFC 2045 §6.7) to text in `charset`. Soft line breaks were
 * already joined by unfoldLines. Returns null when the value is not valid quoted-printable or
 * the bytes are not valid in the charset, so the caller can name the line.
 */
export function decodeQuotedPrintable(value: string, charset: string): string | null {
  // Decoding never lengthens: "=XX" is one byte, any other character keeps its UTF-8 length.
  const bytes = new Uint8Array(Buffer.byteLength(value, "utf8"));
  let length = 0;
  let from = 0;
  while (from < value.length) {
    const equals = value.indexOf("=", from);
    const end = equals < 0 ? value.length : equals;
    // Lenient: raw non-ASCII text inside a QP value is taken as already-decoded characters.
    length += encoder.encodeInto(value.slice(from, end), bytes.subarray(length)).written;
    if (equals < 0) break;
    const hex = value.slice(equals + 1, equals + 3);
    if (hex === "") break; // a dangling soft break at the very end
    if (!HEX_PAIR.test(hex)) return null;
    bytes[length++] = Number.parseInt(hex, 16);
    from = equals + 3;
  }
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes.subarray(0, length));
  } catch {
    return null;
  }
}
