import { describe, expect, it } from "vitest";
import { createBusinessCalendar } from "../../src/core/calendar/create-business-calendar.js";
import { buildRawMessage } from "../../src/delivery/smtp/build-raw-message.js";
import { classifySmtpError } from "../../src/delivery/smtp/classify-smtp-error.js";
import { nextBusinessMoment } from "../../src/use-cases/sending/next-business-moment.js";
import { retryDelayMs } from "../../src/use-cases/sending/retry-delay.js";
import { parseMessage } from "./smtp-sink.js";

describe("classifySmtpError", () => {
  it("retries 4xx and the network, not 5xx, a refused login or a TLS mismatch", () => {
    expect(
      classifySmtpError({ code: "EMESSAGE", responseCode: 451, response: "451 later" }).temporary,
    ).toBe(true);
    expect(classifySmtpError({ code: "ESOCKET", message: "connect ECONNREFUSED" })).toMatchObject({
      temporary: true,
      reason: expect.stringMatching(/Cannot reach/),
    });
    expect(
      classifySmtpError({ code: "EENVELOPE", responseCode: 550, response: "550 no" }).temporary,
    ).toBe(false);
    expect(
      classifySmtpError({ code: "EAUTH", responseCode: 535, response: "535 bad" }),
    ).toMatchObject({
      temporary: false,
      reason: expect.stringMatching(/user name or password/),
    });
    expect(classifySmtpError({ code: "ETLS", message: "wrong version" }).temporary).toBe(false);
  });

  it("says a message may have arrived only when it failed after its data without an answer", () => {
    const lost = { code: "ECONNECTION", message: "Connection closed unexpectedly" };
    expect(classifySmtpError(lost, { afterData: true })).toEqual({
      temporary: true,
      reason:
        "Cannot reach the SMTP server: Connection closed unexpectedly (after the whole message was sent: it may have arrived, and goes again with the same Message-ID)",
    });
    expect(classifySmtpError(lost).reason).not.toMatch(/may have arrived/);
    // An answer is an answer: a refusal after the data means it did not arrive.
    const refused = { code: "EMESSAGE", responseCode: 451, response: "451 later" };
    expect(classifySmtpError(refused, { afterData: true }).reason).not.toMatch(/may have/);
  });
});

describe("retryDelayMs", () => {
  it("grows exponentially with jitter and is capped", () => {
    expect(retryDelayMs(1, () => 0)).toBe(30_000);
    expect(retryDelayMs(1, () => 1)).toBe(60_000);
    expect(retryDelayMs(3, () => 1)).toBe(240_000);
    expect(retryDelayMs(30, () => 1)).toBe(2 * 60 * 60_000);
  });
});

describe("nextBusinessMoment", () => {
  const us = createBusinessCalendar("US");
  const at = (iso: string) =>
    new Date(nextBusinessMoment(Date.parse(iso), "America/New_York", us)).toISOString();

  it("keeps a time inside business hours, moves one outside to the next opening", () => {
    expect(at("2026-11-20T15:30:00Z")).toBe("2026-11-20T15:30:00.000Z"); // Fri 10:30
    expect(at("2026-11-20T11:00:00Z")).toBe("2026-11-20T14:00:00.000Z"); // Fri 06:00 → 09:00
    expect(at("2026-11-20T22:00:00Z")).toBe("2026-11-23T14:00:00.000Z"); // Fri 17:00 → Mon
    // Thanksgiving (Thu 26 Nov 2026) is no business day.
    expect(at("2026-11-25T23:00:00Z")).toBe("2026-11-27T14:00:00.000Z");
  });
});

describe("buildRawMessage", () => {
  const base = {
    fromAddress: "ana@example.org",
    fromName: "Ana Ruiz",
    toAddress: "zoe@nordwind.example",
    toName: "Zoë Ångström",
    subject: "Danke für das Gespräch",
    body: "Liebe Zoë,\n\nvielen Dank.",
    messageId: "abc-123@example.org",
    date: "2026-11-20T22:00:00.000Z",
    timeZone: "Europe/Berlin",
  };

  it("writes a message a mail parser reads back exactly", async () => {
    const mail = await parseMessage(buildRawMessage(base));
    expect(mail.messageId).toBe("<abc-123@example.org>");
    expect(mail.subject).toBe(base.subject);
    expect(mail.to?.[0]).toMatchObject({ name: "Zoë Ångström", address: "zoe@nordwind.example" });
    expect(mail.text?.trim()).toBe(base.body);
  });

  it("refuses a line break in any header value and a malformed address", () => {
    expect(() => buildRawMessage({ ...base, subject: "Hi\r\nBcc: x@y.z" })).toThrow(/line break/);
    expect(() => buildRawMessage({ ...base, toName: "Zoë\nBcc: x@y.z" })).toThrow(/line break/);
    expect(() => buildRawMessage({ ...base, toAddress: "zoe@x.example\r\nBcc: x@y.z" })).toThrow(
      /line break/,
    );
    expect(() => buildRawMessage({ ...base, toAddress: "zoe@x.example>, evil@y.z" })).toThrow(
      /not an email address/,
    );
  });
});
