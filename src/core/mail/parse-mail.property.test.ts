import { encodeHTML } from "entities";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { htmlToPlainText } from "./html-to-plain-text.js";
import { parseMail } from "./parse-mail.js";
import { repairLegacyMime } from "./repair-legacy-mime.js";

const HEAD = "From: a@b.example\r\nDate: Tue, 24 Nov 2026 16:20:00 +0000\r\n";
const SINGLE_BYTE = [
  "windows-1252",
  "iso-8859-2",
  "windows-1251",
  "koi8-r",
  "ibm850",
  "cp437",
  "iso-8859-15",
];

/** The printable characters a single-byte charset can write, read from its own table. */
function alphabetOf(charset: string): string[] {
  const chars = new Set<string>();
  for (let byte = 0x20; byte <= 0xff; byte++) {
    const c = iconv.decode(Buffer.from([byte]), charset);
    if (c.length === 1 && /[\p{L}\p{N}\p{P}\p{S} ]/u.test(c) && c !== "\uFFFD") chars.add(c);
  }
  return [...chars];
}

const unicodeText = fc
  .string({ unit: "grapheme", maxLength: 40 })
  .map((s) => s.replace(/[\p{C}\p{Z}]/gu, " "));

function encodeBody(bytes: Buffer, transfer: string): string {
  if (transfer === "base64") return bytes.toString("base64").replace(/.{1,76}/g, "$&\r\n");
  if (transfer === "quoted-printable")
    return [...bytes].map((b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("=\r\n");
  return bytes.toString("latin1");
}

function textMessage(bytes: Buffer, charset: string, transfer: string, multipart: boolean): Buffer {
  const part = `Content-Type: text/plain; charset="${charset}"\r\nContent-Transfer-Encoding: ${transfer}\r\n\r\n${encodeBody(bytes, transfer)}\r\n`;
  const body = multipart
    ? `Content-Type: multipart/mixed; boundary="b1"\r\n\r\npreamble\r\n--b1\r\n${part}--b1\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n--b1--\r\n`
    : part;
  return Buffer.from(`${HEAD}MIME-Version: 1.0\r\n${body}`, "latin1");
}

describe("parseMail properties (issue 15)", () => {
  it("any text in a declared charset (UTF-7 and code pages included) decodes to itself", async () => {
    const cases = fc.oneof(
      fc.record({
        charset: fc.constant("utf-7"),
        text: unicodeText,
        transfer: fc.constantFrom("7bit", "quoted-printable", "base64"),
      }),
      fc.constantFrom(...SINGLE_BYTE).chain((charset) =>
        fc.record({
          charset: fc.constant(charset),
          text: fc
            .array(fc.constantFrom(...alphabetOf(charset)), { maxLength: 40 })
            .map((a) => a.join("")),
          transfer: fc.constantFrom("8bit", "quoted-printable", "base64"),
        }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(cases, fc.boolean(), async ({ charset, text, transfer }, multipart) => {
        const bytes = iconv.encode(text, charset);
        const parsed = await parseMail(textMessage(bytes, charset, transfer, multipart));
        expect(parsed.text).toBe(text.trimEnd());
      }),
      { numRuns: 300 },
    );
  });

  it("an encoded word with raw 8-bit bytes reads as its own charset says, once", async () => {
    const cases = fc
      .constantFrom("iso-8859-1", "windows-1252", "iso-8859-2", "utf-8")
      .chain((charset) =>
        fc.record({
          charset: fc.constant(charset),
          text: (charset === "utf-8"
            ? unicodeText
            : fc
                .array(fc.constantFrom(...alphabetOf(charset)), { minLength: 1, maxLength: 30 })
                .map((a) => a.join(""))
          ).map((s) => s.replace(/[?=_]/g, "x").trim()),
        }),
      );
    await fc.assert(
      fc.asyncProperty(cases, async ({ charset, text }) => {
        const raw = iconv.encode(text.replace(/ /g, "_"), charset).toString("latin1");
        const message = Buffer.from(
          `${HEAD}Subject: =?${charset}?Q?${raw}?=\r\n\r\nx\r\n`,
          "latin1",
        );
        expect((await parseMail(message)).subject).toBe(text === "" ? null : text);
      }),
      { numRuns: 300 },
    );
  });

  it("mail postal-mime reads right passes byte for byte (UTF-8, ASCII headers, WHATWG charsets)", () => {
    // Latin-1 letters only: bytes 0x80–0x9F in Windows-1252 are the case Node misreads.
    const latin1 = alphabetOf("windows-1252").filter((c) => {
      const byte = iconv.encode(c, "windows-1252")[0] as number;
      return byte < 0x80 || byte >= 0xa0;
    });
    const cases = fc.oneof(
      fc.record({
        charset: fc.constant("utf-8"),
        text: fc.string({ unit: "grapheme", maxLength: 60 }),
      }),
      fc.record({
        charset: fc.constantFrom("iso-8859-1", "windows-1252"),
        text: fc.array(fc.constantFrom(...latin1), { maxLength: 60 }).map((a) => a.join("")),
      }),
      fc.record({
        charset: fc.constantFrom("shift_jis", "iso-8859-2", "koi8-r"),
        text: fc.string({ unit: "grapheme", maxLength: 60 }),
      }),
    );
    fc.assert(
      fc.property(
        cases,
        fc.constantFrom("8bit", "quoted-printable", "base64"),
        fc.boolean(),
        ({ charset, text }, transfer, multipart) => {
          const bytes = iconv.encode(text, charset);
          const message = textMessage(bytes, charset, transfer, multipart);
          expect(repairLegacyMime(message)).toBe(message);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("any bytes, MIME-shaped or not, are repaired without throwing, and parse or are refused by name", async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "Content-Type: multipart/mixed; boundary=b\r\n",
        "Content-Type: text/plain; charset=utf-7\r\n",
        "Content-Type: text/html; charset=ibm850\r\n",
        "Content-Transfer-Encoding: quoted-printable\r\n",
        "Content-Transfer-Encoding: base64\r\n",
        "Subject: =?iso-8859-1?Q?\xe9=?= =?utf-7?B?K0FQdy0=?= =?x?Q?\r\n",
        "\r\n",
        "--b\r\n",
        "--b--\r\n",
        "=\r\n",
        "+APw-",
      ),
      fc.uint8Array({ maxLength: 24 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 16 }), async (pieces) => {
        const raw = Buffer.from(`From: a@b.example\r\n${pieces.join("")}`, "latin1");
        expect(() => repairLegacyMime(raw)).not.toThrow();
        const parsed = await parseMail(raw).catch((e: Error) => e);
        if (parsed instanceof Error) expect(parsed.name).toBe("MalformedMailError");
        else expect(typeof parsed.text).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  it("any words written with any entities come back as the words", () => {
    const word = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 8 })
      .map((s) => s.replace(/[\p{C}\p{Z}<>\\*_[\]]/gu, "x"));
    const entity = (c: string, form: number) => {
      const code = c.codePointAt(0) as number;
      if (form === 1) return `&#${code};`;
      if (form === 2) return `&#x${code.toString(16)};`;
      if (form === 3) return encodeHTML(c);
      return c === "&" ? "&amp;" : c;
    };
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 3 })),
        (words, forms) => {
          const text = words.join(" ");
          const html = `<html><body><p>${[...text].map((c) => entity(c, forms.next().value)).join("")}</p></body></html>`;
          expect(htmlToPlainText(html)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
