import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import {
  APPLE_CONTACTS_EXPORT,
  GOOGLE_CONTACTS_EXPORT,
  OUTLOOK_21_EXPORT,
  VCARD_40,
} from "./parse-vcards.fixtures.js";
import { parseVCards } from "./parse-vcards.js";
import { VCARD_LIMITS } from "./vcard-limits.js";

function importError(text: string): AppError {
  try {
    parseVCards(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected parseVCards to throw");
}

describe("parseVCards on real exports", () => {
  it("reads an Apple Contacts card with groups, escapes, folding and a photo to skip", () => {
    expect(parseVCards(APPLE_CONTACTS_EXPORT)).toEqual([
      {
        name: "Zoë Ångström-Núñez",
        title: "Director of Engineering",
        organization: "Acme Robotics, Inc.",
        email: "zoe.angstrom@acme.example",
        phone: "+1 (415) 555-0199",
        linkedinUrl: "https://www.linkedin.com/in/zoe-angstrom",
        postalAddress: "1 Infinite Loop\nBuilding 4\nCupertino, CA 95014\nUnited States",
        note: "Asked about the on-call rota; promised to send the migration write-up.\nLikes sailing.",
        version: "3.0",
      },
    ]);
  });

  it("reads every card of a Google export and keeps UTF-8 names exactly", () => {
    const cards = parseVCards(GOOGLE_CONTACTS_EXPORT);
    expect(cards.map((c) => c.name)).toEqual(["Dana Whitfield", "渡辺 健"]);
    expect(cards[0]).toMatchObject({
      email: "dana.whitfield@acme.example",
      phone: "+44 7700 900123",
      linkedinUrl: "https://www.linkedin.com/in/danawhitfield",
      postalAddress: "221B Baker Street\nLondon, NW1 6XE\nUnited Kingdom",
      title: "Hiring Manager",
      note: null,
    });
    expect(cards[1]).toMatchObject({ organization: "Example KK", phone: null, title: null });
  });

  it("decodes Outlook's 2.1 quoted-printable, soft line breaks and bare parameters", () => {
    expect(parseVCards(OUTLOOK_21_EXPORT)).toEqual([
      {
        name: "María Núñez",
        title: "Senior Recruiter",
        organization: "Contoso Ltd.",
        email: "maria.nunez@contoso.example",
        phone: "+1 206 555 0100",
        linkedinUrl: null,
        postalAddress: "One Microsoft Way\nRedmond, WA 98052\nUnited States of America",
        note: "Met at the panel interview.\r\nWants the portfolio link — send by Friday.",
        version: "2.1",
      },
    ]);
  });

  it("reads a 4.0 card: BOM, PREF, quoted TYPE lists, tel: URIs, street lists", () => {
    expect(parseVCards(VCARD_40)).toEqual([
      {
        name: "Dr. Amara Okafor",
        title: "VP Product",
        organization: "Globex",
        email: "amara@okafor.example",
        phone: "+234-1-555-0100",
        linkedinUrl: "https://linkedin.com/in/amara-okafor",
        postalAddress: "12 Marina\nFloor 3\nLagos, Lagos State 101241\nNigeria",
        note: "Second-round panel, with CTO.",
        version: "4.0",
      },
    ]);
  });

  it("reads LF files and files holding cards from several exporters", () => {
    const mixed = [GOOGLE_CONTACTS_EXPORT, OUTLOOK_21_EXPORT, VCARD_40.replace("\uFEFF", "")]
      .join("\r\n")
      .replace(/\r\n/g, "\n");
    expect(parseVCards(mixed).map((c) => [c.name, c.version])).toEqual([
      ["Dana Whitfield", "3.0"],
      ["渡辺 健", "3.0"],
      ["María Núñez", "2.1"],
      ["Dr. Amara Okafor", "4.0"],
    ]);
  });

  it("builds the name from N when FN is missing", () => {
    const card = "BEGIN:VCARD\nVERSION:3.0\nN:Whitfield;Dana;Marie;Ms.;PhD\nEND:VCARD\n";
    expect(parseVCards(card)[0]?.name).toBe("Ms. Dana Marie Whitfield PhD");
  });

  it("prefers a work email over a home one when none is marked preferred", () => {
    const card = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:A",
      "EMAIL;TYPE=home:a@home.example",
      "EMAIL;TYPE=work:a@work.example",
      "END:VCARD",
    ].join("\n");
    expect(parseVCards(card)[0]?.email).toBe("a@work.example");
  });

  it("takes Apple's x-user LinkedIn handle when the value is an opaque URI", () => {
    const card = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:A",
      "X-SOCIALPROFILE;type=linkedin;x-user=dana-w:x-apple:dana-w",
      "END:VCARD",
    ].join("\r\n");
    expect(parseVCards(card)[0]?.linkedinUrl).toBe("https://www.linkedin.com/in/dana-w");
  });
});

describe("parseVCards on any text", () => {
  it("unfolds tab continuations and undoes \\\\, \\N and \\:", () => {
    const card =
      "BEGIN:VCARD\nVERSION:3.0\nFN:Dana\nNOTE:C:\\\\temp\\Nnext\n\tline\\: done\nEND:VCARD";
    expect(parseVCards(card)[0]?.note).toBe("C:\\temp\nnextline: done");
  });

  it("returns cards or throws INVALID_IMPORT, never anything else", () => {
    const line = fc.oneof(
      fc.constantFrom(
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:3.0",
        "VERSION:4.0",
        "FN:Dana",
        "N:;;;;",
      ),
      fc.constantFrom(
        " x",
        "\tx",
        "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
        "ADR:;;",
        "TEL;VALUE=uri:tel:",
      ),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom("\n", "\r\n"),
        (lines, eol) => {
          try {
            for (const card of parseVCards(lines.join(eol))) expect(card.name.trim()).not.toBe("");
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect((error as AppError).code).toBe("INVALID_IMPORT");
            expect((error as AppError).message).toMatch(/^Card \d+ \(line \d+\): /);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("parseVCards on malformed files", () => {
  const card = (...body: string[]) => ["BEGIN:VCARD", ...body, "END:VCARD"].join("\r\n");
  const good = card("VERSION:3.0", "FN:Dana Whitfield");

  it.each([
    ["an empty file", "", /^Card 1 \(line 1\): no BEGIN:VCARD/],
    ["a CSV file", "name,email\nDana,d@x", /^Card 1 \(line 1\): "name,email" is not a NAME:value/],
    ["text before the card", `NOTE:x\r\n${good}`, /^Card 1 \(line 1\): expected BEGIN:VCARD/],
    [
      "no END:VCARD",
      `${good}\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:X`,
      /^Card 2 \(line 5\): .*never closed/,
    ],
    [
      "a nested BEGIN",
      `BEGIN:VCARD\r\n${good}`,
      /^Card 1 \(line 2\): BEGIN:VCARD before END:VCARD/,
    ],
    ["no VERSION", `${good}\r\n${card("FN:X")}`, /^Card 2 \(line 5\): no VERSION line/],
    [
      "VERSION 5.0",
      card("FN:X", "VERSION:5.0"),
      /^Card 1 \(line 3\): VERSION 5.0 is not supported/,
    ],
    [
      "neither FN nor N",
      card("VERSION:4.0", "EMAIL:a@b.example"),
      /^Card 1 \(line 1\): .*neither FN nor N/,
    ],
    [
      "an empty N and no FN",
      card("VERSION:3.0", "N:;;;;"),
      /^Card 1 \(line 3\): property N has no value/,
    ],
    [
      "bad QP",
      card("VERSION:2.1", "FN;ENCODING=QUOTED-PRINTABLE:Zo=ZZ"),
      /^Card 1 \(line 3\): FN \(the name\) is not valid quoted-printable/,
    ],
    [
      "QP bytes not valid in their CHARSET",
      card("VERSION:2.1", "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=EB"),
      /^Card 1 \(line 3\): FN \(the name\) is not valid UTF-8 text/,
    ],
  ])("rejects %s with INVALID_IMPORT and a line number", (_what, text, message) => {
    const error = importError(text);
    expect(error.code).toBe("INVALID_IMPORT");
    expect(error.field).toBe("vcard");
    expect(error.accepted).toMatch(/vCard 3\.0 or 4\.0/);
    expect(error.message).toMatch(message);
  });

  it("decodes QP in the charset the card names", () => {
    const latin1 = card("VERSION:2.1", "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Zo=EB");
    expect(parseVCards(latin1)[0]?.name).toBe("Zoë");
  });
});

describe("parseVCards within its limits", () => {
  const minimal = (i: number) => `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person ${i}\r\nEND:VCARD\r\n`;
  const cards = (n: number) => Array.from({ length: n }, (_, i) => minimal(i + 1)).join("");
  const stated = [
    /25,000 cards/,
    /67,108,864 bytes \(64 MiB\) per file/,
    /1,000 properties per card/,
  ];

  function expectLimitError(text: string, message: RegExp): void {
    const error = importError(text);
    expect(error.code).toBe("INVALID_IMPORT");
    expect(error.field).toBe("vcard");
    expect(error.message).toMatch(message);
    for (const limit of stated) {
      expect(error.message).toMatch(limit);
      expect(error.accepted).toMatch(limit);
    }
  }

  it("states the limits", () => {
    expect(VCARD_LIMITS).toEqual({
      cardsPerFile: 25_000,
      propertiesPerCard: 1_000,
      bytesPerFile: 64 * 1024 * 1024,
    });
  });

  it("reads 25,000 cards and refuses card 25,001, naming it and the limits", () => {
    expect(parseVCards(cards(25_000))).toHaveLength(25_000);
    expectLimitError(
      cards(25_001),
      /^Card 25001 \(line 100001\): the file holds more than 25,000 cards — split it/,
    );
  });

  it("reads a card of 1,000 properties and refuses one of 1,001, naming the line", () => {
    const card = (n: number) =>
      ["BEGIN:VCARD", "VERSION:3.0", "FN:Dana", ...Array(n - 2).fill("X-A:b"), "END:VCARD"].join(
        "\r\n",
      );
    expect(parseVCards(card(1_000))).toHaveLength(1);
    expectLimitError(
      `${minimal(1)}${card(1_001)}`,
      /^Card 2 \(line 1006\): the card has more than 1,000 properties/,
    );
  });

  it("counts the limit in UTF-8 bytes and refuses a larger file before reading a line", () => {
    const atLimit = `${minimal(1)}NOTE:${"x".repeat(VCARD_LIMITS.bytesPerFile - minimal(1).length - 5)}`;
    // Within the limit, the file is read (and its stray last line is what is wrong).
    expect(importError(atLimit).message).toMatch(/^Card 2 \(line 5\): expected BEGIN:VCARD/);
    expectLimitError(`${atLimit}x`, /^The file \(67108865 bytes\): the file is larger than/);
    // Fewer characters than the limit, but two bytes each.
    expectLimitError("é".repeat(VCARD_LIMITS.bytesPerFile / 2 + 1), /\(67108866 bytes\)/);
  });
});

describe("parseVCards on quoted-printable values", () => {
  it("keeps raw characters outside the BMP next to encoded ones", () => {
    const card =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB 😀\r\nEND:VCARD";
    expect(parseVCards(card)[0]?.name).toBe("Zoë 😀");
  });
});
