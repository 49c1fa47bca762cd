/**
 * A response's bytes as text. The charset comes from the Content-Type, else the XML declaration
 * or a meta tag; UTF-8 otherwise. Bytes that are not valid in the charset they claim to be UTF-8
 * in are read as Windows-1252 instead (a CMS that never converted its old posts), so "Señor"
 * stays "Señor" rather than "Se�or".
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1] ??
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    "utf-8";
  const label = declared.toLowerCase();
  if (label === "utf-8" || label === "utf8") {
    try {
      return stripBom(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return new TextDecoder("windows-1252").decode(bytes);
    }
  }
  try {
    return stripBom(new TextDecoder(label).decode(bytes));
  } catch {
    // A charset the runtime does not know: UTF-8 with replacement is the best reading left.
    return stripBom(new TextDecoder("utf-8").decode(bytes));
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
