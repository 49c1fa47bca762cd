import { inflateSync } from "node:zlib";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../errors/app-error.js";
import { composeDraft } from "../compose-draft.js";
import { DANA, draftInput, MEI, PROFILE } from "../draft-fixtures.js";
import { extractPdfText } from "./extract-pdf-text.test-helper.js";
import { toEml } from "./to-eml.js";
import { toMailto } from "./to-mailto.js";
import { toPdf } from "./to-pdf.js";
import { toPlainText } from "./to-plain-text.js";

const email = composeDraft(draftInput("thank-you-email", "email", DANA));
const letter = composeDraft(draftInput("summary-letter", "letter", DANA, "2026-11-18"));
const phone = composeDraft(draftInput("check-in", "phone", DANA));
const linkedin = composeDraft(draftInput("linkedin-request", "linkedin", DANA));
const emlOptions = {
  to: DANA,
  date: "2026-11-17T23:30:00.000Z",
  messageId: "<a-thank-you@followthrough.local>",
  profile: PROFILE,
};

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("toPlainText", () => {
  it("puts the subject first for email, and only the body otherwise", () => {
    expect(toPlainText(email).startsWith(`Subject: ${email.subject}\n\nDear Dana,`)).toBe(true);
    expect(toPlainText(phone)).toBe(`${phone.body}\n`);
  });
});

describe("toEml (RFC 5322, UTF-8)", () => {
  it("parses back with postal-mime: subject, To, UTF-8 names and body survive", async () => {
    const subject = "Merci, Zoë Ångström — entretien";
    const eml = toEml({ ...email, subject }, emlOptions);
    expect(eml).toMatch(/^Message-ID: <a-thank-you@followthrough\.local>\r$/m);
    expect(eml).toMatch(/^Date: Tue, 17 Nov 2026 15:30:00 -0800\r$/m);
    expect(eml.split("\r\n").every((line) => line.length <= 78)).toBe(true);
    expect([...eml].every((char) => char.charCodeAt(0) < 128)).toBe(true);
    const parsed = await PostalMime.parse(eml);
    expect(parsed.subject).toBe(subject);
    expect(parsed.from?.name).toBe("Zoë Ångström");
    expect(parsed.from?.address).toBe("zoe@example.org");
    expect(parsed.to?.[0]?.address).toBe("dana.whitfield@northwind.example");
    expect(parsed.to?.[0]?.name).toBe("Dana Whitfield");
    expect(parsed.messageId).toBe("<a-thank-you@followthrough.local>");
    expect(parsed.text?.replace(/\r\n/g, "\n").trimEnd()).toBe(email.body);
    expect(parsed.text).toContain("Zoë Ångström");
  });

  it("quotes a display name with specials", async () => {
    const eml = toEml(email, { ...emlOptions, to: { name: "Whitfield, Dana", email: DANA.email } });
    expect(eml).toContain('To: "Whitfield, Dana" <dana.whitfield@northwind.example>');
    expect((await PostalMime.parse(eml)).to?.[0]?.name).toBe("Whitfield, Dana");
  });

  it("refuses CR/LF in header values (header injection)", () => {
    const error = caught(() =>
      toEml({ ...email, subject: "Hi\r\nBcc: all@example.org" }, emlOptions),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.field).toBe("subject");
    expect(
      caught(() =>
        toEml(email, { ...emlOptions, to: { name: "Dana\nBcc: x@y.z", email: DANA.email } }),
      ).field,
    ).toBe("to");
  });

  it("refuses a contact without an email address, saying how to add one", () => {
    const error = caught(() => toEml(email, { ...emlOptions, to: MEI }));
    expect(error.field).toBe("email");
    expect(error.message).toBe(
      "Mei O'Connell has no email address; add one with contact edit/add --email.",
    );
  });

  it("refuses a format the channel has no use for", () => {
    const error = caught(() => toEml(phone, emlOptions));
    expect(error.field).toBe("format");
    expect(error.accepted).toBe("text");
  });
});

describe("toMailto", () => {
  it("percent-encodes subject and body (CRLF line breaks, reserved characters)", () => {
    const url = toMailto({ ...email, subject: "Q&A? 100% yes" });
    expect(url.startsWith("mailto:dana.whitfield%40northwind.example".replace("%40", "@"))).toBe(
      true,
    );
    expect(url).toContain("subject=Q%26A%3F%20100%25%20yes");
    expect(url).toContain("%0D%0A%0D%0A");
    expect(url).not.toMatch(/[ \n]/);
    const parsed = new URL(url);
    expect(decodeURIComponent(parsed.search.split("&body=")[1] ?? "")).toBe(
      email.body.replace(/\n/g, "\r\n"),
    );
  });

  it("refuses a draft whose recipient has no address", () => {
    const mei = composeDraft(draftInput("thank-you-email", "email", MEI));
    expect(caught(() => toMailto(mei)).field).toBe("email");
    expect(caught(() => toMailto(linkedin)).field).toBe("format");
  });
});

describe("toPdf (R10)", () => {
  it("embeds the TTF font and writes the address blocks as extractable text", async () => {
    const pdf = await toPdf(letter, { kind: "letter", compress: false });
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toContain("/FontFile2");
    expect(raw).toContain("+DejaVuSans");
    expect(raw).toContain("(D:19700101000000Z)");
    const lines = extractPdfText(pdf);
    for (const line of [
      "Zoë Ångström",
      "14 Linden Street",
      "Portland, OR 97205",
      "November 18, 2026",
      "Dana Whitfield",
      "Director of Data Platform",
      "Northwind Analytics",
      "500 Pine Street",
      "Seattle, WA 98101",
      "Sincerely,",
    ]) {
      expect(lines).toContain(line);
    }
  });

  it("compresses by default and is deterministic", async () => {
    const a = await toPdf(letter, { kind: "letter" });
    const b = await toPdf(letter, { kind: "letter" });
    expect(a.equals(b)).toBe(true);
    expect(a.toString("latin1")).toContain("/FlateDecode");
    expect(extractPdfText(a)).toContain("14 Linden Street");
    expect(inflateSync).toBeTypeOf("function");
  });

  it("prints a card on a 5 × 7 page", async () => {
    const card = composeDraft(draftInput("thank-you-card", "card", DANA));
    const pdf = await toPdf(card, { kind: "card" });
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 504 360]");
    expect(extractPdfText(pdf)).toContain("With thanks,");
  });

  it("refuses pdf for LinkedIn", () => {
    expect(() => toPdf(linkedin, { kind: "letter" })).toThrow(AppError);
    expect(caught(() => toPdf(linkedin, { kind: "letter" })).accepted).toBe("text");
  });
});
