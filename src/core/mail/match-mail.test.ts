import { describe, expect, it } from "vitest";
import { type MailHeaders, type MailKnowledge, matchMail } from "./match-mail.js";
import { messageIdsIn, normalizeMessageId } from "./message-id.js";

const known: MailKnowledge = {
  contacts: [
    { id: "ct_dana", companyId: "co_acme", email: "Dana@Acme.example" },
    { id: "ct_raj", companyId: "co_acme", email: "raj@acme.example" },
    { id: "ct_lee", companyId: "co_globex", email: "lee@globex.example" },
    { id: "ct_noemail", companyId: "co_acme", email: null },
  ],
  sent: new Map([
    [
      normalizeMessageId("<thanks-1@followthrough>"),
      { correspondenceId: "cr_1", interviewId: "iv_1", companyId: "co_acme" },
    ],
  ]),
  own: new Set(["ana@example.com"]),
};

function mail(extra: Partial<MailHeaders>): MailHeaders {
  return { from: [], to: [], cc: [], inReplyTo: null, references: [], ...extra };
}

describe("matchMail (R16, R25)", () => {
  it("keeps mail from a known contact as incoming, with the cc'd colleague of the same company", () => {
    expect(
      matchMail(
        mail({
          from: ["dana@acme.example"],
          to: ["ana@example.com"],
          cc: ["raj@acme.example", "lee@globex.example"],
        }),
        known,
      ),
    ).toEqual({
      matched: true,
      direction: "in",
      companyId: "co_acme",
      contactIds: ["ct_dana", "ct_raj"],
      repliesTo: null,
    });
  });

  it("keeps a reply to a sent message from an unknown sender, by In-Reply-To or by References", () => {
    const byInReplyTo = matchMail(
      mail({ from: ["assistant@acme.example"], inReplyTo: "<THANKS-1@followthrough>" }),
      known,
    );
    const byReferences = matchMail(
      mail({
        from: ["assistant@acme.example"],
        references: ["<thanks-1@followthrough>", "<other@x>"],
      }),
      known,
    );
    for (const m of [byInReplyTo, byReferences]) {
      expect(m).toEqual({
        matched: true,
        direction: "in",
        companyId: "co_acme",
        contactIds: [],
        repliesTo: { correspondenceId: "cr_1", interviewId: "iv_1", companyId: "co_acme" },
      });
    }
  });

  it("keeps the user's own mail to a contact as outgoing", () => {
    expect(
      matchMail(mail({ from: ["ana@example.com"], to: ["lee@globex.example"] }), known),
    ).toMatchObject({
      matched: true,
      direction: "out",
      companyId: "co_globex",
      contactIds: ["ct_lee"],
    });
  });

  it("leaves everything else out, and says why", () => {
    const newsletter = matchMail(
      mail({ from: ["news@shop.example"], to: ["ana@example.com"] }),
      known,
    );
    expect(newsletter).toEqual({
      matched: false,
      reason: "news@shop.example is not a known contact and it answers nothing you sent",
    });
    expect(
      matchMail(mail({ from: ["ana@example.com"], to: ["friend@x.example"] }), known),
    ).toMatchObject({
      matched: false,
    });
  });

  it("reads message ids out of headers", () => {
    expect(messageIdsIn("<a@x> <b@y>\r\n <c@z>")).toEqual(["<a@x>", "<b@y>", "<c@z>"]);
    expect(messageIdsIn("a@x")).toEqual(["a@x"]);
    expect(messageIdsIn(null)).toEqual([]);
  });
});
