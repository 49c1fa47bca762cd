const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/**
 * Decodes a quoted-printable value (RFC 2045 §6.7) to its bytes; `value` holds one character
 * per byte of the file (readVCardBytes), so raw bytes beside "=XX" are kept as they are. Soft
 * line breaks were already joined by unfoldLines. Returns null when the value is not valid
 * quoted-printable, so the caller can name the line.
 */
export function decodeQuotedPrintable(value: string): Uint8Array | null {
  // Decoding never lengthens: "=XX" is one byte, any other character is one byte.
  const bytes = new Uint8Array(value.length);
  let length = 0;
  let from = 0;
  while (from < value.length) {
    const equals = value.indexOf("=", from);
    const end = equals < 0 ? value.length : equals;
    for (let i = from; i < end; i++) bytes[length++] = value.charCodeAt(i);
    if (equals < 0) break;
    const hex = value.slice(equals + 1, equals + 3);
    if (hex === "") break; // a dangling soft break at the very end
    if (!HEX_PAIR.test(hex)) return null;
    bytes[length++] = Number.parseInt(hex, 16);
    from = equals + 3;
  }
  return bytes.subarray(0, length);
}
