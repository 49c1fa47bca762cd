import { decodeCharset, isReadByTextDecoder, isUtf8 } from "./decode-charset.js";

/** Nesting of multiparts looked into; deeper parts pass as they are (postal-mime caps it too). */
const MAX_DEPTH = 32;
const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=/g;
const HEADER_END = /\r?\n\r?\n/;

/**
 * Rewrites, in a raw message, what the MIME parser (postal-mime, WHATWG charsets only, headers
 * read as UTF-8) would mangle, the way the major clients read it: encoded words holding raw 8-bit
 * bytes or in a charset TextDecoder does not know (UTF-7, code pages) are decoded by their own
 * charset; raw 8-bit header text that is not UTF-8 is read in the part's charset, else
 * Windows-1252; text parts in UTF-7 or another charset TextDecoder lacks, or declared UTF-8 (or
 * nothing) with bytes that are not UTF-8, are decoded here and handed on as UTF-8. Everything
 * else passes byte for byte, so well-formed mail is parsed exactly as before.
 */
export function repairLegacyMime(raw: Uint8Array): Uint8Array {
  const text = Buffer.from(raw).toString("latin1");
  const repaired = repairEntity(text, 0);
  return repaired === text ? raw : Buffer.from(repaired, "latin1");
}

/** One MIME entity (headers, blank line, body) as a latin1 string: one char per byte. */
function repairEntity(entity: string, depth: number): string {
  // A part that opens with a blank line has no headers (text/plain, US-ASCII by default).
  const end = /^\r?\n/.exec(entity) ?? HEADER_END.exec(entity);
  const headerText = end ? entity.slice(0, end.index) : entity;
  let separator = end ? end[0] : "";
  let body = end ? entity.slice(end.index + separator.length) : "";
  const type = contentTypeOf(headerText);
  let headers = repairHeaderBlock(headerText, type.charset);

  if (type.mediaType.startsWith("multipart/") && type.boundary && depth < MAX_DEPTH) {
    body = repairMultipart(body, type.boundary, depth);
  } else if (type.mediaType.startsWith("text/") || type.mediaType === "") {
    const transcoded = transcodeText(body, type.charset, transferEncodingOf(headerText));
    if (transcoded !== null) {
      const newline = entity.includes("\r\n") ? "\r\n" : "\n";
      headers = withUtf8Headers(headers, type.mediaType || "text/plain", type.params, newline);
      // A part that had no headers now has some: they need their blank line.
      if (headerText === "") separator = `${newline}${newline}`;
      body = transcoded;
    }
  }
  return `${headers}${separator}${body}`;
}

function repairMultipart(body: string, boundary: string, depth: number): string {
  const delimiter = new RegExp(
    `(^|\\r?\\n)--${escapeRegExp(boundary)}(--)?[ \\t]*(?=\\r?\\n|$)`,
    "g",
  );
  let out = "";
  let last = 0;
  let inPart = false;
  for (const match of body.matchAll(delimiter)) {
    const chunk = body.slice(last, match.index);
    // The chunk after a delimiter line starts with that line's break; the part follows it.
    out += inPart
      ? chunk.replace(
          /^(\r?\n)([\s\S]*)$/,
          (_, nl: string, part: string) => nl + repairEntity(part, depth + 1),
        )
      : chunk;
    out += match[0];
    last = (match.index ?? 0) + match[0].length;
    inPart = match[2] === undefined;
  }
  const rest = body.slice(last);
  return (
    out +
    (inPart
      ? rest.replace(
          /^(\r?\n)([\s\S]*)$/,
          (_, nl: string, part: string) => nl + repairEntity(part, depth + 1),
        )
      : rest)
  );
}

interface ContentType {
  mediaType: string;
  charset: string | null;
  boundary: string | null;
  /** format and delsp (format=flowed), kept when the part is rewritten as UTF-8. */
  params: string[];
}

function unfolded(headerText: string): string {
  return headerText.replace(/\r?\n[ \t]+/g, " ");
}

function headerValue(headerText: string, name: string): string | null {
  const match = new RegExp(`^${name}[ \\t]*:(.*)$`, "im").exec(unfolded(headerText));
  return match ? (match[1] ?? "").trim() : null;
}

function paramOf(value: string, name: string): string | null {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function contentTypeOf(headerText: string): ContentType {
  const value = headerValue(headerText, "content-type") ?? "";
  const params = ["format", "delsp"].flatMap((name) => {
    const v = paramOf(value, name);
    return v === null ? [] : [`${name}=${v}`];
  });
  return {
    mediaType: (value.split(";")[0] ?? "").trim().toLowerCase(),
    charset: paramOf(value, "charset"),
    boundary: paramOf(value, "boundary"),
    params,
  };
}

function transferEncodingOf(headerText: string): string {
  return (headerValue(headerText, "content-transfer-encoding") ?? "7bit").toLowerCase();
}

/** The header block with encoded words and raw 8-bit text made readable (see repairLegacyMime). */
function repairHeaderBlock(headerText: string, charset: string | null): string {
  const words = headerText.replace(
    ENCODED_WORD,
    (word, label: string, encoding: string, data: string) => {
      const charsetOf = label.split("*")[0] ?? label; // RFC 2231 language tag
      const bytes = encoding.toUpperCase() === "B" ? Buffer.from(data, "base64") : qDecode(data);
      if (!/[\x80-\xff]/.test(data) && isReadByTextDecoder(bytes, charsetOf)) return word;
      return `=?UTF-8?B?${Buffer.from(decodeCharset(bytes, charsetOf), "utf8").toString("base64")}?=`;
    },
  );
  if (!/[\x80-\xff]/.test(words)) return words;
  const fallback = charset && !/^utf-?8$/i.test(charset) ? charset : "windows-1252";
  return words
    .split("\n")
    .map((line) => {
      const bytes = Buffer.from(line, "latin1");
      if (!/[\x80-\xff]/.test(line) || isUtf8(bytes)) return line;
      return Buffer.from(decodeCharset(bytes, fallback), "utf8").toString("latin1");
    })
    .join("\n");
}

/** RFC 2047 Q: "_" is a space, =XX a byte, anything else (raw 8-bit included) the byte it is. */
function qDecode(data: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const hex = c === 0x3d ? data.slice(i + 1, i + 3) : "";
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(c === 0x5f ? 0x20 : c & 0xff);
  }
  return Buffer.from(bytes);
}

/**
 * The body as UTF-8 in base64 when the parser would misread it (a charset TextDecoder lacks, or
 * bytes that are not what the label says); null when it reads it right as it is.
 */
function transcodeText(body: string, charset: string | null, transfer: string): string | null {
  const label = charset?.trim() || null;
  const unicodeLike = label === null || /^(?:utf-?8|us-?ascii)$/i.test(label);
  const encoded = transfer === "base64" || transfer === "quoted-printable";
  // 7-bit text reads the same in every ASCII-based charset; UTF-7 is the one that is not.
  if (!encoded && !/[\x80-\xff]/.test(body) && !/^utf-?7$/i.test(label ?? "")) return null;
  const bytes = transferDecoded(body, transfer);
  if (unicodeLike ? isUtf8(bytes) : isReadByTextDecoder(bytes, label)) return null;
  const text = decodeCharset(bytes, label);
  const base64 = Buffer.from(text, "utf8").toString("base64");
  const newline = body.includes("\r\n") ? "\r\n" : "\n";
  return `${(base64.match(/.{1,76}/g) ?? []).join(newline)}${newline}`;
}

function transferDecoded(body: string, transfer: string): Buffer {
  if (transfer === "base64") return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
  if (transfer === "quoted-printable") {
    const soft = body.replace(/=[ \t]*\r?\n/g, "");
    return Buffer.from(
      soft.replace(/=([0-9a-fA-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      ),
      "latin1",
    );
  }
  return Buffer.from(body, "latin1");
}

/** The header block with its Content-Type and Content-Transfer-Encoding saying UTF-8 in base64. */
function withUtf8Headers(
  headerText: string,
  mediaType: string,
  params: string[],
  newline: string,
): string {
  const kept = headerText
    .split(/\r?\n(?![ \t])/)
    .filter((field) => field !== "" && !/^content-(?:type|transfer-encoding)[ \t]*:/i.test(field));
  const type = [mediaType, "charset=utf-8", ...params].join("; ");
  return [...kept, `Content-Type: ${type}`, "Content-Transfer-Encoding: base64"].join(newline);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
