import { describe, expect, it } from "vitest";
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
    expect(parsed.text).toBe("Hello & welcome\nBye");
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
