import { describe, expect, it } from "vitest";
import { ENCODED_WORD_RAW_8BIT, HTML_ONLY_RECRUITING, UTF7_MESSAGE } from "./mail.fixtures.js";
import { mboxFromDate } from "./mbox-from-date.js";
import { MalformedMailError, parseMail } from "./parse-mail.js";

const REPLY = [
  'From: "Dana Whitfield" <Dana@Acme.example>',
  "To: Ana Ruiz <ana@example.com>",
  "Cc: raj@acme.example",
  "Subject: Re: Thank you",
  "Date: Tue, 24 Nov 2026 09:15:00 -0500",
  "Message-ID: <reply-1@acme.example>",
  "In-Reply-To: <thanks-1@followthrough>",
  "References: <intro@acme.example>\r\n <thanks-1@followthrough>",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Hi Ana, thanks — we will decide by Friday.",
  "",
].join("\r\n");

describe("parseMail", () => {
  it("keeps the headers matching needs and the text in full", async () => {
    expect(await parseMail(REPLY)).toEqual({
      messageId: "<reply-1@acme.example>",
      inReplyTo: "<thanks-1@followthrough>",
      references: ["<intro@acme.example>", "<thanks-1@followthrough>"],
      from: ["dana@acme.example"],
      to: ["ana@example.com"],
      cc: ["raj@acme.example"],
      subject: "Re: Thank you",
      date: "2026-11-24T14:15:00.000Z",
      text: "Hi Ana, thanks — we will decide by Friday.",
    });
  });

  it("falls back to the date it is given, and to the text of an HTML-only message", async () => {
    const html =
      "From: a@b.example\nContent-Type: text/html\n\n<p>Hello &amp; welcome</p><p>Bye</p>\n";
    const parsed = await parseMail(html, "2026-11-19T10:02:03.000Z");
    expect(parsed.date).toBe("2026-11-19T10:02:03.000Z");
    expect(parsed.text).toBe("Hello & welcome\n\nBye");
  });

  it("refuses what is not a message, saying why", async () => {
    await expect(parseMail("")).rejects.toThrow(MalformedMailError);
    await expect(parseMail("just some text\nmore")).rejects.toThrow(/header line/);
    await expect(parseMail("Subject: no sender\n\nbody")).rejects.toThrow(/no From address/);
  });

  it("reads the date of an mbox separator", () => {
    expect(mboxFromDate("From a@b.example Thu Nov 19 10:02:03 2026")).toBe(
      "2026-11-19T10:02:03.000Z",
    );
    expect(mboxFromDate("From a@b.example")).toBeNull();
  });
});

describe("parseMail on mail as real programs write it (issue 15)", () => {
  it("turns an HTML-only recruiting mail into its words: entities, lists, links, no hidden text", async () => {
    const parsed = await parseMail(HTML_ONLY_RECRUITING);
    expect(parsed.subject).toBe("Ihre Bewerbung – nächste Schritte");
    expect(parsed.text).toContain("Ihr Vermögen, Teams zu führen, hat uns überzeugt – wir möchten");
    expect(parsed.text).toContain(
      " * ein Fallbeispiel (½ Stunde)\n * Gespräch mit dem Team & der Leitung",
    );
    expect(parsed.text).toContain(
      "Termin wählen [https://talent.northwind.example/slots?c=8842&l=de]",
    );
    expect(parsed.text).toContain("München, Straße 5");
    expect(parsed.text).toContain('It’s a "hybrid" day — €');
    expect(parsed.text).toMatch(/Mit freundlichen Grüßen\nJana Krüger$/);
    // No entity, tag, style or hidden preheader is left in the stored words.
    expect(parsed.text).not.toMatch(/&[a-z]+;|&#|<|>|margin|Vorschau|pixel/);
  });

  it("decodes a UTF-7 body and UTF-7 encoded words", async () => {
    const parsed = await parseMail(UTF7_MESSAGE);
    expect(parsed.subject).toBe("Grüße aus München");
    expect(parsed.from).toEqual(["joerg.mueller@globex.example"]);
    expect(parsed.text).toBe(
      "Liebe Ana,\n\ndie Frösche im Teich grüßen Sie & wir melden uns bis Freitag.\nPreis: 5€, Datei: A+B.txt",
    );
  });

  it("reads raw 8-bit bytes inside encoded words by the word's charset, decoded once", async () => {
    const parsed = await parseMail(ENCODED_WORD_RAW_8BIT);
    expect(parsed.subject).toBe("Frösche im Teich und grüne Frösche");
    expect(parsed.text).toBe("Die Frösche sind grün.");
    expect(parsed.subject).not.toMatch(/ï¿½|\uFFFD/);
  });

  it("reads Windows-1252 (and ISO-8859-1 as WHATWG reads it) with €, “ ” right, unlike Node's TextDecoder", async () => {
    for (const charset of ["windows-1252", "iso-8859-1"]) {
      const mail = Buffer.from(
        `From: a@b.example\r\nSubject: =?${charset}?Q?=80_50?=\r\nContent-Type: text/plain; charset=${charset}\r\n\r\n\x93Caf\xe9\x94 \x80 50\r\n`,
        "latin1",
      );
      expect(await parseMail(mail)).toMatchObject({ subject: "€ 50", text: "“Café” € 50" });
    }
  });

  it("reads a part without headers in 8-bit Latin-1 as Windows-1252, and keeps its place", async () => {
    const mail = Buffer.from(
      'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="xx"\r\n\r\n--xx\r\n\r\nGr\xfc\xdfe aus M\xfcnchen\r\n--xx\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nzweiter Teil\r\n--xx--\r\n',
      "latin1",
    );
    expect((await parseMail(mail)).text).toBe("Grüße aus München\nzweiter Teil");
  });

  it("reads a body in a code page TextDecoder lacks, and 8-bit mail mislabelled UTF-8", async () => {
    const cp850 = Buffer.from(
      "From: a@b.example\r\nContent-Type: text/plain; charset=IBM850\r\n\r\nM\x81nchen, Stra\xe1e\r\n",
      "latin1",
    );
    expect((await parseMail(cp850)).text).toBe("München, Straße");
    const mislabelled = Buffer.from(
      "From: a@b.example\r\nSubject: Gr\xfc\xdfe\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGr\xfc\xdfe\r\n",
      "latin1",
    );
    expect(await parseMail(mislabelled)).toMatchObject({ subject: "Grüße", text: "Grüße" });
  });
});
