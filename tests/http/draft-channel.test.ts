import { describe, expect, it } from "vitest";
import { STORE_KINDS } from "../support/test-store.js";
import { clientOf, refusal, snapshot } from "./draft-test-kit.js";
import { seedInterview } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

// Issue 11: a channel switch writes the draft again for that channel (one use case, behind
// POST /api/actions/{id}/draft/channel and `draft --channel`). One text per action is kept, so
// the user's edits are replaced only when they agree; the choice outlives a reload.

describe.each(STORE_KINDS)("a draft switched to another channel on %s", (kind) => {
  const app = useTestApp(kind);

  async function seeded() {
    const t = app.get();
    const api = clientOf(t);
    await api.setProfile({
      name: "Ana Ruiz",
      email: "ana@example.com",
      postalAddress: "12 Mill Lane\nLeeds LS1 4AB",
      timeZone: "Europe/London",
      country: "GB",
    });
    const { interviewId, contactId } = await seedInterview(t);
    const plan = await api.getPlan(interviewId);
    const thankYou = plan.actions.find((a) => a.kind === "thank-you-email");
    const linkedIn = plan.actions.find((a) => a.kind === "linkedin-request");
    if (!thankYou) throw new Error("no thank-you email planned");
    return { t, api, contactId, actionId: thankYou.id, linkedInId: linkedIn?.id ?? null };
  }

  it("a letter gets the address blocks and a PDF, no .eml; back to email, its subject and .eml", async () => {
    const { api, actionId } = await seeded();
    const email = await api.getDraft(actionId);
    expect(email.channels).toEqual(["email", "letter", "card"]);
    expect(email.formats).toEqual(["text", "eml", "mailto"]);
    expect(email.draft.subject).not.toBeNull();

    const letter = await api.switchDraftChannel(actionId, { channel: "letter" });
    expect(letter.draft.channel).toBe("letter");
    expect(letter.draft.subject).toBeNull();
    expect(letter.formats).toEqual(["text", "pdf"]);
    // The sender's block, the date as the UK writes it, the recipient's name and company.
    expect(letter.draft.body).toMatch(
      /^Ana Ruiz\n12 Mill Lane\nLeeds LS1 4AB\nana@example\.com\n\n\d{1,2} [A-Z][a-z]+ 2026\n\nDana Whitfield\nAcme\n\nDear Dana,/,
    );
    // No address is on record for Dana: the letter says what to add instead of inventing one.
    expect(letter.draft.missing).toContain(
      "Add the postal address the letter goes to, Dana Whitfield's at the office (contact edit --address), for the address block (R10).",
    );
    expect(letter.draft.body).not.toMatch(/\[[a-z.]+\]/);
    expect(letter.action.channel).toBe("email");

    // It stays a letter on reload, and renders as a PDF; an .eml is refused by its format.
    expect((await api.getDraft(actionId)).draft.channel).toBe("letter");
    const pdf = await api.renderEditedDraft(actionId, "pdf", {});
    expect(pdf.fileName).toBe("thank-you-email-dana-whitfield.pdf");
    expect(pdf.contentType).toBe("application/pdf");
    const eml = await refusal(api.getDraftFile(actionId, "eml"));
    expect(eml.status).toBe(400);
    expect(eml.field).toBe("format");

    const back = await api.switchDraftChannel(actionId, { channel: "email" });
    expect(back.draft.subject).toBe(email.draft.subject);
    expect(back.draft.body).toBe(email.draft.body);
    expect(back.formats).toEqual(["text", "eml", "mailto"]);
  });

  it("asks before replacing the user's edits (409 naming replaceEdits, nothing changed); replaces them once agreed", async () => {
    const { t, api, actionId } = await seeded();
    await api.saveDraft(actionId, { body: "Dear Dana,\n\nMy own words.\n\nAna", revision: 0 });
    const before = await snapshot(t);
    const asked = await refusal(api.switchDraftChannel(actionId, { channel: "letter" }));
    expect(asked.status).toBe(409);
    expect(asked.field).toBe("replaceEdits");
    expect(asked.message).toContain("would replace your edited text");
    expect(await snapshot(t)).toEqual(before);
    expect((await api.getDraft(actionId)).draft.body).toContain("My own words.");

    // A device that loaded an older revision is refused too.
    const stale = await refusal(
      api.switchDraftChannel(actionId, { channel: "letter", replaceEdits: true, revision: 0 }),
    );
    expect(stale.status).toBe(409);
    expect(stale.field).toBe("revision");
    expect(await snapshot(t)).toEqual(before);

    const letter = await api.switchDraftChannel(actionId, {
      channel: "letter",
      replaceEdits: true,
      revision: 1,
    });
    expect(letter).toMatchObject({ edited: false, revision: 2 });
    expect(letter.draft.body).not.toContain("My own words.");
    // Edits of the letter are kept as the letter's, and "back to the suggested text" stays a letter.
    const saved = await api.saveDraft(actionId, {
      body: `${letter.draft.body}\n\nP.S. Mine.`,
      revision: 2,
    });
    expect(saved.revision).toBe(3);
    const mine = await api.getDraft(actionId);
    expect(mine.draft.channel).toBe("letter");
    expect(mine.draft.body).toContain("P.S. Mine.");
    const suggested = await api.discardDraft(actionId);
    expect(suggested.draft.channel).toBe("letter");
    expect(suggested.draft.body).toBe(letter.draft.body);
  });

  it("refuses a channel the follow-up cannot take, naming the ones it can; and a queued or sent one", async () => {
    const { t, api, actionId, linkedInId } = await seeded();
    const before = await snapshot(t);
    const wrong = await refusal(api.switchDraftChannel(actionId, { channel: "linkedin" }));
    expect(wrong.status).toBe(400);
    expect(wrong.field).toBe("channel");
    expect(wrong.message).toBe("This follow-up cannot be written as a LinkedIn note.");
    expect(wrong.accepted).toBe("email, letter, card");
    const unknown = await refusal(api.switchDraftChannel(actionId, { channel: "fax" as "email" }));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toMatch(/^Channel: /);
    if (linkedInId) {
      const only = await api.getDraft(linkedInId);
      expect(only.channels).toEqual(["linkedin"]);
    }
    expect(await snapshot(t)).toEqual(before);

    // Once on record the text is fixed: no switch.
    const draft = await api.getDraft(actionId);
    await api.logCorrespondence(draft.action.interviewId, {
      direction: "out",
      channel: "email",
      subject: draft.draft.subject,
      body: draft.draft.body,
      contactIds: draft.action.contactId ? [draft.action.contactId] : [],
      actionId,
    });
    const sent = await refusal(api.switchDraftChannel(actionId, { channel: "letter" }));
    expect(sent.status).toBe(409);
    expect(sent.field).toBe("action");
  });
});
