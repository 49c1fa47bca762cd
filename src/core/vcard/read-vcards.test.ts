import { readFileSync } from "node:fs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { firstControl } from "./decode-text-value.js";
import { readVCards } from "./parse-vcards.js";

// Fixtures written for this project (issue 15): see fixtures/README.md for what each imitates.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const problemsOf = (file: ReturnType<typeof readVCards>) =>
  file.problems.map((p) => ({ card: p.card, line: p.line, message: p.error.message }));

describe("readVCards on legacy character sets", () => {
  it("reads an Outlook 2.1 card in Windows-1252, declared raw and quoted-printable, and one undeclared", () => {
    const file = readVCards(fixture("outlook-21-windows-1252.vcf"));
    expect(file.problems).toEqual([]);
    expect(file.cards.map((c) => c.card)).toEqual([
      {
        name: "Sören Täve Nüßlebaum",
        title: "Geschäftsführer",
        organization: "Müller & Söhne GmbH",
        email: "soeren.nuesslebaum@mueller-soehne.example",
        phone: "+49 221 555 0142",
        linkedinUrl: null,
        postalAddress: "Lämmerweg 4\nKöln, 50667\nDeutschland",
        note: "Gespräch am Montag – fragt nach Referenzen „bis Freitag“.",
        version: "2.1",
      },
      {
        name: "François Lefèvre",
        title: "Chargé de recrutement",
        organization: "Société Générale",
        email: "francois.lefevre@societe.example",
        phone: null,
        linkedinUrl: null,
        postalAddress: null,
        note: null,
        version: "2.1",
      },
    ]);
    // The second card declares nothing and is not UTF-8: read by detection, and said so.
    expect(file.guessedCharset).toBe("windows-1252");
  });

  it("detects Windows-1251 in a phone's 2.1 export that declares no CHARSET", () => {
    const file = readVCards(fixture("phone-21-windows-1251.vcf"));
    expect(file.problems).toEqual([]);
    expect(file.guessedCharset).toBe("windows-1251");
    expect(file.cards.map((c) => c.card)).toMatchObject([
      {
        name: "Анна Сергеевна Соколова",
        organization: "ООО «Ромашка»",
        title: "Менеджер по персоналу",
        postalAddress: "ул. Тверская, д. 7\nМосква, 125009\nРоссия",
      },
      {
        name: "Дмитрий Иванович Петров",
        note: "Спросил о сроках; обещал ответить через две недели.",
      },
    ]);
  });

  it("reads a UTF-16LE file by its BOM", () => {
    const file = readVCards(fixture("windows-utf-16le-bom.vcf"));
    expect(file.problems).toEqual([]);
    expect(file.guessedCharset).toBeNull();
    expect(file.cards[0]?.card).toMatchObject({
      name: "Zoë Ångström",
      organization: "Ørsted A/S",
      email: "zoe.angstrom@orsted.example",
      note: "Mentioned the team offsite in Aarhus, and 渡辺さん from Tokyo 🙂",
    });
  });

  const utf = (encoding: string, bom: number[]) => (text: string) =>
    Buffer.concat([Buffer.from(bom), iconv.encode(text, encoding)]);
  it.each([
    ["UTF-16BE with a BOM", utf("utf-16be", [0xfe, 0xff])],
    ["UTF-16LE without a BOM", utf("utf-16le", [])],
    ["UTF-16BE without a BOM", utf("utf-16be", [])],
    ["UTF-32LE with a BOM", utf("utf-32le", [0xff, 0xfe, 0, 0])],
    ["UTF-32BE with a BOM", utf("utf-32be", [0, 0, 0xfe, 0xff])],
    ["UTF-8 with a BOM", utf("utf-8", [0xef, 0xbb, 0xbf])],
  ])("reads %s", (_what, encode) => {
    const text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:渡辺 健 😀 Zoë\r\nEND:VCARD\r\n";
    expect(readVCards(encode(text)).cards[0]?.card.name).toBe("渡辺 健 😀 Zoë");
  });

  it("refuses a file its BOM calls UTF-16 that is not, naming the encoding", () => {
    // An odd number of bytes, and a lone low surrogate.
    const broken = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode("BEGIN:VCARD", "utf-16le"),
      Buffer.from([0x00, 0xdc, 0x41]),
    ]);
    expect(() => readVCards(broken)).toThrow(
      /^Card 1 \(line 1\): the file is marked as UTF-16LE but is not valid UTF-16LE/,
    );
  });

  it("never stores U+FFFD: bytes with no character, or text damaged before, are refused by card, field and line", () => {
    const card = (...lines: string[]) =>
      Buffer.from(["BEGIN:VCARD", "VERSION:2.1", ...lines, "END:VCARD", ""].join("\r\n"), "latin1");
    const file = readVCards(
      Buffer.concat([
        card("FN;CHARSET=UTF-8:S\xf6ren"),
        card("FN:Dana", "EMAIL;CHARSET=UTF-8:d\xc3\xafna@x.example", "ADR:;;L\xef\xbf\xbdmmerweg"),
        card("FN;CHARSET=x-made-up:S\xf6ren"),
        card("FN:Dana\x00Whitfield"),
        card("FN;CHARSET=Shift_JIS:\x82"),
      ]),
    );
    expect(file.cards).toEqual([]);
    expect(problemsOf(file)).toEqual([
      {
        card: 1,
        line: 3,
        message:
          "Card 1 (line 3): FN (the name) is not valid UTF-8 text — declare the CHARSET it is written in, or export the file again as UTF-8",
      },
      {
        card: 2,
        line: 9,
        message:
          "Card 2 (line 9): ADR (the postal address) holds U+FFFD (�), the mark of text damaged before this file was written — write the value as it should read",
      },
      {
        card: 3,
        line: 13,
        message:
          "Card 3 (line 13): FN (the name) is in CHARSET=x-made-up, which is not a character set this import knows — export the file again as UTF-8",
      },
      {
        card: 4,
        line: 17,
        message: "Card 4 (line 17): FN (the name) holds the control character U+0000 — remove it",
      },
      {
        card: 5,
        line: 21,
        message:
          "Card 5 (line 21): FN (the name) is not valid shift_jis text — declare the CHARSET it is written in, or export the file again as UTF-8",
      },
    ]);
    expect(file.problems[1]?.name).toBe("Dana");
  });
});

describe("readVCards on a whole phone book", () => {
  it("reads CR CR LF line ends, skips an unindented base64 photo, and names the nameless cards", () => {
    const file = readVCards(fixture("phone-book-cr-cr-lf.vcf"));
    expect(file.cards.map((c) => [c.number, c.line, c.card.name, c.card.email])).toEqual([
      [1, 1, "Dana Whitfield", "dana.whitfield@globex.example"],
      [4, 16, "Amara Okafor", "amara.okafor@globex.example"],
      [5, 39, "Dana Whitfield", "Dana.Whitfield@globex.example"],
    ]);
    expect(file.cards[1]?.card.note).toBe("Second round – asked about the roadmap.");
    expect(problemsOf(file)).toEqual([
      {
        card: 2,
        line: 8,
        message:
          "Card 2 (line 8): the card has neither FN nor N, only the email recruiting@globex.example — add FN: with the name as on the card (a name is never made up from an email)",
      },
      {
        card: 3,
        line: 12,
        message:
          "Card 3 (line 12): the card has neither FN nor N — add FN: with the name as on the card",
      },
    ]);
  });

  it("names every broken card and lines outside a card, and reads the cards between them", () => {
    const text = [
      "junk before",
      "more junk",
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:One",
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Two",
      "not a property",
      "END:VCARD",
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Three",
      "END:VCARD",
      "BEGIN:VCARD",
      "FN:Four",
    ].join("\n");
    const file = readVCards(text);
    expect(file.cards.map((c) => c.card.name)).toEqual(["Three"]);
    expect(problemsOf(file).map((p) => p.message)).toEqual([
      'Card 1 (line 1): "junk before" is not a NAME:value line',
      "Card 1 (line 6): BEGIN:VCARD before END:VCARD of the card begun on line 3 — add END:VCARD",
      'Card 2 (line 9): "not a property" is not a NAME:value line',
      "Card 4 (line 15): BEGIN:VCARD is never closed — add END:VCARD at the end of the card",
    ]);
  });
});

/** The charsets vCard writers declare that TextDecoder reads, single-byte and multi-byte. */
const SINGLE_BYTE = [
  "windows-1250",
  "windows-1251",
  "windows-1252",
  "windows-1253",
  "windows-1254",
  "windows-1255",
  "windows-1256",
  "windows-1257",
  "windows-1258",
  "iso-8859-2",
  "iso-8859-5",
  "iso-8859-7",
  "iso-8859-15",
  "koi8-r",
  "macintosh",
];
const MULTI_BYTE = ["shift_jis", "euc-jp", "gbk", "gb18030", "big5", "euc-kr"];
/** Characters beyond ASCII to draw multi-byte text from: kana, hanzi, hangul, punctuation. */
const CJK =
  "渡辺健山田太郎東京都港区株式会社営業部長经理张伟北京市김민준서울특별시「」、。・ー々表ソ能予";

/** The characters a charset has (beyond ASCII), as iconv-lite (not the decoder tested) says. */
function repertoire(charset: string): string[] {
  const candidates = SINGLE_BYTE.includes(charset)
    ? Array.from({ length: 128 }, (_, i) => iconv.decode(Buffer.from([0x80 + i]), charset))
    : [...CJK];
  return candidates.filter(
    (c) =>
      c !== "\uFFFD" &&
      firstControl(c) < 0 &&
      iconv.decode(iconv.encode(c, charset), charset) === c,
  );
}

const escapeText = (value: string) => value.replace(/[\\,;]/g, (c) => `\\${c}`);

describe("readVCards on any text in a declared charset", () => {
  it("decodes any string the charset can hold, encoded and declared, to itself (raw and quoted-printable)", () => {
    const text = (charset: string) =>
      fc
        .string({
          unit: fc.oneof(
            fc.constantFrom(...repertoire(charset)),
            fc.constantFrom("a", " ", ",", ";", "\\", ":", "="),
          ),
          minLength: 1,
          maxLength: 40,
        })
        .filter((s) => s.trim() !== "");
    const qp = (bytes: Buffer) =>
      [...bytes].map((b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
    fc.assert(
      fc.property(
        fc
          .constantFrom(...SINGLE_BYTE, ...MULTI_BYTE)
          .chain((charset) => fc.tuple(fc.constant(charset), text(charset), fc.boolean())),
        ([charset, name, quoted]) => {
          const value = iconv.encode(escapeText(name), charset);
          const line = quoted
            ? Buffer.from(`FN;CHARSET=${charset};ENCODING=QUOTED-PRINTABLE:${qp(value)}`, "latin1")
            : Buffer.concat([Buffer.from(`FN;CHARSET=${charset}:`), value]);
          const file = Buffer.concat([
            Buffer.from("BEGIN:VCARD\r\nVERSION:2.1\r\n"),
            line,
            Buffer.from("\r\nEND:VCARD\r\n"),
          ]);
          const read = readVCards(file);
          expect(problemsOf(read)).toEqual([]);
          expect(read.cards[0]?.card.name).toBe(name);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
