import { describe, expect, it } from "vitest";
import type { ApplicationStatus, DecisionOutcome } from "../domain/types.js";
import { ACTION_KINDS, CHANNELS } from "../domain/types.js";
import { CLAIM_IDS, CLAIMS, type ClaimId } from "./claims.js";
import { composeDraft } from "./compose-draft.js";
import { type DraftHistory, NO_HISTORY } from "./draft.types.js";
import { APPLICATION, DANA, draftInput, licensingHistory, RAJ } from "./draft-fixtures.js";
import { parseTemplate } from "./template/parse-template.js";
import { splitSubject } from "./template/split-subject.js";
import type { TemplateNode } from "./template/template.types.js";
import { BUILT_IN_TEMPLATES, TEMPLATE_IDS } from "./templates/built-in-templates.js";

// Issue 11: every claim a template can make names the record that licenses it; without that
// record no draft makes it, and the draft says what to record.

const STATUSES: readonly [ApplicationStatus, DecisionOutcome][] = [
  ["interviewing", "rejected"],
  ["hired", "hired"],
  ["rejected", "rejected"],
];

/** Every draft the built-in templates can produce from these records, with its template id. */
function everyDraft(history: (status: DecisionOutcome) => DraftHistory) {
  const drafts = [];
  for (const [status, outcome] of STATUSES) {
    for (const kind of ACTION_KINDS) {
      for (const channel of CHANNELS) {
        for (const who of [DANA, RAJ, null]) {
          const input = draftInput(kind, channel, who, "2026-12-20", {
            application: { ...APPLICATION, status },
            history: who === null ? NO_HISTORY : history(outcome),
          });
          const draft = composeDraft(input);
          drafts.push({ ...draft, text: `${draft.subject ?? ""}\n${draft.body}` });
        }
      }
    }
  }
  return drafts;
}

const said = (text: string, id: ClaimId): string[] =>
  CLAIMS[id].phrases.filter((phrase) => text.toLowerCase().includes(phrase.toLowerCase()));

/** The text a template prints outside the section of `field`, where a claim would be unlicensed. */
function textOutside(nodes: readonly TemplateNode[], field: string): string {
  return nodes
    .map((node) =>
      node.type === "text"
        ? node.text
        : node.type === "section" && !(node.mode === "#" && node.field === field)
          ? textOutside(node.children, field)
          : "",
    )
    .join("\n");
}

describe("claims and the records that license them (issue 11, R19, R22)", () => {
  it("lists every claim with its licence", () => {
    expect(
      Object.fromEntries(CLAIM_IDS.map((id) => [id, [CLAIMS[id].field, CLAIMS[id].licence]])),
    ).toEqual({
      "openings-posted": [
        "claims.openingsPosted",
        "postings on record from the company's careers board, by the company watch (R13, R17, R20)",
      ],
      "follow-up-agreed": [
        "claims.followUpAgreed",
        "the recipient's follow-up commitment at an interview (R4: followUpOn or followUpVia)",
      ],
      "decision-made": [
        "claims.decisionMade",
        "a decision event on one of the application's interviews (R16, R17)",
      ],
      "reply-received": [
        "claims.replyReceived",
        "a message from the recipient, or a reply or call event from them (R16, R25)",
      ],
      "message-sent": [
        "claims.messageSent",
        "a message you sent the recipient, on record or as a follow-up marked sent or done (R14, R25)",
      ],
      "next-round": [
        "claims.nextRound",
        "a next-round event: the new interview is on record (R16)",
      ],
      "news-picked": [
        "claims.newsPicked",
        "a news item of the company watch that the user picked for this check-in (R20)",
      ],
    });
    for (const id of CLAIM_IDS) expect(CLAIMS[id].phrases.length).toBeGreaterThan(0);
  });

  it("a built-in template says a claim's words only inside that claim's section", () => {
    for (const templateId of TEMPLATE_IDS) {
      const { subject, body } = splitSubject(BUILT_IN_TEMPLATES[templateId]);
      const nodes = [
        ...(subject ? parseTemplate(subject).nodes : []),
        ...parseTemplate(body).nodes,
      ];
      for (const id of CLAIM_IDS) {
        expect({ templateId, id, said: said(textOutside(nodes, CLAIMS[id].field), id) }).toEqual({
          templateId,
          id,
          said: [],
        });
      }
    }
  });

  it("no draft composed from records lacking a licence makes its claim", () => {
    for (const draft of everyDraft(() => NO_HISTORY)) {
      for (const id of CLAIM_IDS) {
        expect({ template: draft.templateId, id, said: said(draft.text, id) }).toEqual({
          template: draft.templateId,
          id,
          said: [],
        });
      }
    }
  });

  it("with the licence on record the claims are made (so the scan above can fail)", () => {
    const made = new Set<ClaimId>();
    for (const draft of everyDraft((outcome) => licensingHistory(DANA, outcome))) {
      for (const id of CLAIM_IDS) if (said(draft.text, id).length > 0) made.add(id);
    }
    expect([...made].sort()).toEqual(
      ["decision-made", "follow-up-agreed", "message-sent", "reply-received"].sort(),
    );
  });

  it("the missing list says what to record to make a claim, and is quiet once it is", () => {
    const bare = composeDraft(draftInput("long-range-check-in", "email", DANA, "2027-02-15"));
    expect(bare.body).not.toMatch(/agreed/);
    expect(bare.missing).toContain(
      "Record that Dana Whitfield agreed you could follow up later (contact edit --interview … --follow-up-on) to say so (R4).",
    );
    const agreed = composeDraft(
      draftInput("long-range-check-in", "email", DANA, "2027-02-15", {
        history: licensingHistory(DANA, "rejected"),
      }),
    );
    expect(agreed.body).toContain("you kindly agreed that I could follow up later");
    expect(agreed.missing.join("\n")).not.toMatch(/agreed you could follow up/);

    const notHired = { application: { ...APPLICATION, status: "rejected" as const } };
    const untold = composeDraft(
      draftInput("post-decision-thanks", "email", DANA, "2026-12-20", notHired),
    );
    expect(untold.missing).toContain(
      "Record the decision (event decision) to thank them for it (R17).",
    );
    // A decision the other way does not license "letting me know about your decision".
    const otherWay = composeDraft(
      draftInput("post-decision-thanks", "email", DANA, "2026-12-20", {
        ...notHired,
        history: licensingHistory(DANA, "hired"),
      }),
    );
    expect(otherWay.body).not.toContain("letting me know about your decision");
  });

  it("a colleague's records license nothing in a message to someone else", () => {
    const toRaj = composeDraft(
      draftInput("long-range-check-in", "email", RAJ, "2027-02-15", {
        history: licensingHistory(DANA, "rejected"),
      }),
    );
    expect(said(toRaj.body, "follow-up-agreed")).toEqual([]);
    const reminder = composeDraft(
      draftInput("reminder", "email", RAJ, "2026-12-14", {
        history: licensingHistory(DANA, "rejected"),
      }),
    );
    expect(said(reminder.body, "message-sent")).toEqual([]);
  });
});
