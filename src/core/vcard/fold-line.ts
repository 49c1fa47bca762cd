const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Folds one content line at 75 octets (RFC 6350 §3.2, RFC 2426 §2.6) with CRLF + space,
 * breaking only between code points so no UTF-8 sequence is split.
 */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = "";
  let octets = 0;
  // A continuation line starts with the space, which counts towards its 75.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      chunks.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join("\r\n ");
}
