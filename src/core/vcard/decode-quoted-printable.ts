/**
 * Decodes a quoted-printable value (RFC 2045 §6.7) to text in `charset`. Soft line breaks were
 * already joined by unfoldLines. Returns null when the value is not valid quoted-printable or
 * the bytes are not valid in the charset, so the caller can name the line.
 */
export function decodeQuotedPrintable(value: string, charset: string): string | null {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? "";
    if (char !== "=") {
      // Lenient: raw non-ASCII text inside a QP value is taken as already-decoded characters.
      bytes.push(...encoder.encode(char));
      continue;
    }
    const hex = value.slice(i + 1, i + 3);
    if (hex === "") break; // a dangling soft break at the very end
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null;
    bytes.push(Number.parseInt(hex, 16));
    i += 2;
  }
  try {
    return new TextDecoder(charset, { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}
