import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { extractPdfText } from "../../src/core/drafts/formats/extract-pdf-text.test-helper.js";
import { AppError } from "../../src/errors/app-error.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { checkText } from "../../src/use-cases/drafts/check-text.js";
import { composeActionDraft } from "../../src/use-cases/drafts/compose-action-draft.js";
import { renderActionDraft } from "../../src/use-cases/drafts/render-action-draft.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { addNote } from "../../src/use-cases/notes/add-note.js";
import { showPlan } from "../../src/use-cases/planning/show-plan.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(STORE_KINDS)("rendering the user's edited draft on %s", (kind) => {
  const t = useTestStore(kind);

  /** An interview with Dana and Raj, a note about each; cards on, so Dana gets one too (R8). */
  async function seed() {
    await setProfile(t.ctx, {
      name: "Ana Ruiz",
      email: "ana@example.com",
      timeZone: "America/Chicago",
      country: "US",
      sendCard: true,
    });
    const { interview } = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-20T14:00",
      timeZone: "America/Chicago",
    });
    const dana = await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
      role: "hiring-manager",
    });
    // A colleague, so a greeting naming him is caught as the wrong person (R1, R7).
    await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Raj Patel",
      email: "raj@acme.example",
      role: "interviewer",
    });
    await addNote(t.ctx, {
      interviewId: interview.id,
      contactId: dana.id,
      kind: "highlight",
      text: "Her team moved to dbt last spring",
    });
    const plan = await showPlan(t.ctx, interview.id);
    const find = (kindOf: string) => {
      const action = plan.find((a) => a.kind === kindOf && a.contactId === dana.id);
      if (!action) throw new Error(`no ${kindOf} for Dana in ${JSON.stringify(plan)}`);
      return action;
    };
    return { email: find("thank-you-email"), card: find("thank-you-card") };
  }

  it("renders the edited subject and body as .eml to the draft's recipient, with a fresh Message-ID", async () => {
    const { email } = await seed();
    const body =
      "Dear Dana,\n\nThank you for the interview today. Your team's move to dbt was the highlight of my week.\n\nBest regards,\nAna Ruiz";
    const subject = "Thank you, Dana — the dbt move";
    const file = await renderActionDraft(t.ctx, email.id, "eml", { subject, body });
    expect(file).toMatchObject({ format: "eml", contentType: "message/rfc822" });
    expect(file.fileName).toBe("thank-you-email-dana-whitfield.eml");
    const parsed = await PostalMime.parse(file.content as string);
    expect(parsed.subject).toBe(subject);
    expect(parsed.text?.replace(/\r\n/g, "\n").trimEnd()).toBe(body);
    expect(parsed.to?.[0]).toMatchObject({ name: "Dana Whitfield", address: "dana@acme.example" });
    expect(parsed.from).toMatchObject({ name: "Ana Ruiz", address: "ana@example.com" });
    expect(parsed.messageId).toMatch(new RegExp(`^<${email.id}\\.[0-9a-f]{12}@example\\.com>$`));

    // Only the subject edited: the drafted body stays; no edits at all: the drafted text, as before.
    const { draft } = await composeActionDraft(t.ctx, email.id);
    const subjectOnly = await PostalMime.parse(
      (await renderActionDraft(t.ctx, email.id, "eml", { subject: "  Thanks  " }))
        .content as string,
    );
    expect(subjectOnly.subject).toBe("Thanks");
    expect(subjectOnly.text?.replace(/\r\n/g, "\n").trimEnd()).toBe(draft.body);
    const drafted = await PostalMime.parse(
      (await renderActionDraft(t.ctx, email.id, "eml")).content as string,
    );
    expect(drafted.subject).toBe(draft.subject);
    expect(drafted.text?.replace(/\r\n/g, "\n").trimEnd()).toBe(draft.body);
    expect(drafted.text).not.toContain("highlight of my week");

    const text = await renderActionDraft(t.ctx, email.id, "text", { subject, body });
    expect(text.content).toBe(`Subject: ${subject}\n\n${body}\n`);
  });

  it("renders the edited body of a card into its PDF (R8)", async () => {
    const { card } = await seed();
    const body = "Dear Dana,\n\nYour dbt story made my week.\n\nWith thanks,\nAna Ruiz";
    const file = await renderActionDraft(t.ctx, card.id, "pdf", { body });
    expect(file).toMatchObject({ format: "pdf", contentType: "application/pdf" });
    const lines = extractPdfText(file.content as Buffer);
    expect(lines).toContain("Your dbt story made my week.");
    expect(lines).toContain("With thanks,");
    const drafted = extractPdfText(
      (await renderActionDraft(t.ctx, card.id, "pdf")).content as Buffer,
    );
    expect(drafted).not.toContain("Your dbt story made my week.");
    expect(drafted.join("\n")).toContain("Dana");
  });

  it("refuses a subject with a line break (header injection) and bad edits, naming the field; nothing stored changes", async () => {
    const { email, card } = await seed();
    const before = await snapshotStore(t.store);
    const cases: [unknown, string][] = [
      [{ subject: "Thanks\r\nBcc: everyone@example.org", body: "Dear Dana," }, "subject"],
      [{ subject: "Thanks\n" }, "subject"],
      [{ subject: 42 }, "subject"],
      [{ body: "   \n" }, "body"],
      [{ body: "x".repeat(100_001) }, "body"],
      [{ text: "Dear Dana," }, "input"],
    ];
    for (const [edits, field] of cases) {
      const error = await refusal(
        renderActionDraft(t.ctx, email.id, "eml", edits as { body?: string }),
      );
      expect(error.code, JSON.stringify(edits).slice(0, 80)).toBe("INVALID_INPUT");
      expect(error.field, JSON.stringify(edits).slice(0, 80)).toBe(field);
    }
    // The format checks still apply to an edited text: a card is not an email.
    const format = await refusal(renderActionDraft(t.ctx, card.id, "eml", { body: "Hi" }));
    expect(format.field).toBe("format");
    expect(format.accepted).toBe("text, pdf");
    const missing = await refusal(renderActionDraft(t.ctx, "act_nope", "eml", { body: "Hi" }));
    expect(missing.code).toBe("NOT_FOUND");
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("checks a text on another channel with the action's recipient, but that channel's rules", async () => {
    const { email } = await seed();
    const text = `Dear Raj,\n\n${"I keep thinking about the dbt migration your team described. ".repeat(8).trim()}\n\nAna Ruiz`;
    expect(text.length).toBeGreaterThan(450);
    const rules = async (request: { actionId?: string; channel?: "card" }) =>
      (await checkText(t.ctx, { text, ...request })).map((f) => f.rule);

    // The action's own channel (email): R19's elements, no length warning under 350 words.
    const asEmail = await rules({ actionId: email.id });
    expect(asEmail).toContain("R1-name");
    expect(asEmail).toContain("R19-thanks");
    expect(asEmail).not.toContain("length");

    // A card chosen in the editor: still Dana's draft (R1: the greeting names Raj), card rules (R8).
    const asCard = await rules({ actionId: email.id, channel: "card" });
    expect(asCard).toContain("R1-name");
    expect(asCard).toContain("length");
    expect(asCard.filter((r) => r.startsWith("R19-") && r !== "R19-greeting")).toEqual([]);

    // Without the action there is no recipient to compare the greeting with.
    expect(await rules({ channel: "card" })).not.toContain("R1-name");
  });
});
