import { describe, expect, it } from "vitest";
import { HTML_ONLY_RECRUITING, MBOX_WITH_BROKEN } from "../../src/core/mail/mail.fixtures.js";
import { joinMbox } from "../../src/core/mail/split-mbox.js";
import { AppError } from "../../src/errors/app-error.js";
import { listCorrespondence } from "../../src/store/repositories/correspondence.repository.js";
import { listEventsOfInterviews } from "../../src/store/repositories/event.repository.js";
import { addContact } from "../../src/use-cases/contacts/add-contact.js";
import { logCorrespondence } from "../../src/use-cases/correspondence/log-correspondence.js";
import { addInterview } from "../../src/use-cases/interviews/add-interview.js";
import { importMail } from "../../src/use-cases/mail/import-mail.js";
import { showPlan } from "../../src/use-cases/planning/show-plan.js";
import { setProfile } from "../../src/use-cases/profile/set-profile.js";
import { search } from "../../src/use-cases/search/search.js";
import { snapshotStore } from "../support/count-rows.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

function message(headers: Record<string, string>, body: string): string {
  return `${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n\n${body}`;
}

const REPLY = message(
  {
    From: "Sam Assistant <assistant@acme.example>",
    To: "ana@example.com",
    Subject: "Re: Thank you",
    Date: "Fri, 20 Nov 2026 10:00:00 +0000",
    "Message-ID": "<reply-1@acme.example>",
    "In-Reply-To": "<thanks-1@ana.example>",
  },
  "Dana asked me to say thanks. From now on, I am your contact.",
);
const FROM_DANA = message(
  {
    From: "Dana Whitfield <Dana@Acme.example>",
    To: "ana@example.com",
    Subject: "Next steps",
    Date: "Fri, 20 Nov 2026 11:00:00 +0000",
    "Message-ID": "<next@acme.example>",
  },
  "From the team: we would like a second round.",
);
const NEWSLETTER = message(
  {
    From: "news@shop.example",
    To: "ana@example.com",
    Subject: "Sale",
    Date: "Fri, 20 Nov 2026 12:00:00 +0000",
    "Message-ID": "<sale@shop.example>",
  },
  "50% off",
);
const TO_RAJ = message(
  {
    From: "Ana Ruiz <ana@example.com>",
    To: "raj@acme.example",
    Subject: "Thanks, Raj",
    Date: "Fri, 20 Nov 2026 13:00:00 +0000",
    "Message-ID": "<thanks-raj@ana.example>",
  },
  "Thank you for the tour.",
);

describe.each(STORE_KINDS)("import-mail on %s (R25, R16)", (kind) => {
  const t = useTestStore(kind);

  async function seed() {
    await setProfile(t.ctx, {
      name: "Ana Ruiz",
      email: "ana@example.com",
      timeZone: "Europe/London",
      country: "GB",
    });
    const { interview } = await addInterview(t.ctx, {
      company: "Acme",
      role: "Data Engineer",
      at: "2026-11-18T10:00",
      timeZone: "Europe/London",
    });
    const dana = await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
    });
    const raj = await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Raj Patel",
      email: "raj@acme.example",
    });
    const thanks = await logCorrespondence(t.ctx, {
      interviewId: interview.id,
      direction: "out",
      channel: "email",
      at: "2026-11-18T18:00:00Z",
      contactIds: [dana.id],
      subject: "Thank you",
      body: "Thank you, Dana.",
      messageId: "<thanks-1@ana.example>",
    });
    return { interview, dana, raj, thanks };
  }

  const archive = joinMbox(
    [REPLY, FROM_DANA, NEWSLETTER, TO_RAJ].map((raw, i) => ({
      fromLine: `From sender${i}@example.com Fri Nov 20 10:00:00 2026`,
      raw,
    })),
  );

  it("logs the job-search mail of an mbox, reports the rest, and records replies", async () => {
    const { interview, dana, raj, thanks } = await seed();
    const result = await importMail(t.ctx, {
      content: Buffer.from(archive, "utf8"),
      fileName: "mail.mbox",
    });
    expect(result.format).toBe("mbox");
    expect(result.messages).toBe(4);
    expect(result.stored.map((s) => [s.label, s.direction, s.interviewId])).toEqual([
      ["message 1", "in", interview.id],
      ["message 2", "in", interview.id],
      ["message 4", "out", interview.id],
    ]);
    expect(result.unmatched.map((u) => [u.label, u.from])).toEqual([
      ["message 3", "news@shop.example"],
    ]);

    const log = await listCorrespondence(t.ctx.db, t.ctx.accountId);
    const byMessageId = new Map(log.map((c) => [c.messageId, c]));
    expect(byMessageId.get("<reply-1@acme.example>")).toMatchObject({
      direction: "in",
      inReplyTo: "<thanks-1@ana.example>",
      contactIds: [],
      body: "Dana asked me to say thanks. From now on, I am your contact.",
    });
    // The ">From " quoting of the archive is undone in the body kept.
    expect(byMessageId.get("<next@acme.example>")).toMatchObject({
      contactIds: [dana.id],
      body: "From the team: we would like a second round.",
      occurredAt: "2026-11-20T11:00:00.000Z",
    });
    expect(byMessageId.get("<thanks-raj@ana.example>")?.contactIds).toEqual([raj.id]);
    expect(byMessageId.has("<sale@shop.example>")).toBe(false);
    expect(thanks.id).toBeTruthy();

    const events = await listEventsOfInterviews(t.ctx.db, t.ctx.accountId, [interview.id]);
    expect(
      events
        .filter((e) => e.kind === "reply")
        .map((e) => e.contactId)
        .sort(),
    ).toEqual([dana.id, null].sort());

    // A second import of the same file adds nothing.
    const before = await snapshotStore(t.store);
    const again = await importMail(t.ctx, { content: archive, fileName: "mail.mbox" });
    expect(again.stored).toEqual([]);
    expect(again.duplicates).toBe(3);
    expect(await snapshotStore(t.store)).toEqual(before);
  });

  it("imports one .eml, keeping its 8-bit charset intact", async () => {
    const { dana } = await seed();
    const eml = Buffer.concat([
      Buffer.from(
        "From: dana@acme.example\r\nTo: ana@example.com\r\nSubject: =?iso-8859-1?Q?Caf=E9?=\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\nCaf\xe9 on Monday?\r\n",
        "latin1",
      ),
    ]);
    const result = await importMail(t.ctx, { content: eml, fileName: "one.eml" });
    expect(result).toMatchObject({ format: "eml", messages: 1, duplicates: 0, unmatched: [] });
    const [entry] = (await listCorrespondence(t.ctx.db, t.ctx.accountId)).filter(
      (c) => c.direction === "in",
    );
    expect(entry).toMatchObject({
      subject: "Café",
      body: "Café on Monday?",
      contactIds: [dana.id],
    });
    // No Message-ID: a stand-in keeps a second import a no-op.
    expect(entry?.messageId).toMatch(/@no-message-id\.followthrough\.invalid>$/);
    expect((await importMail(t.ctx, { content: eml })).duplicates).toBe(1);
  });

  it("refuses a file with no readable message, naming each and why, and writes nothing", async () => {
    await seed();
    const allBad = joinMbox([
      {
        fromLine: "From a@b Fri Nov 20 10:00:00 2026",
        raw: "Subject: lost sender\n\nno From header",
      },
      { fromLine: "From -", raw: "From: dana@acme.example\nSubject: undated\n\nno Date" },
    ]);
    const cases: [string | Buffer, RegExp, string][] = [
      [
        allBad,
        /holds no readable email message: message 1 \(line 1\): it has no From address; message 2 \(line 6\): it has no readable Date header\. Nothing was imported\./,
        "file",
      ],
      ["", /holds no email message/, "file"],
      [
        "this is not an email at all\n",
        /message 1 is not a valid email: it does not start with a header line/,
        "message 1",
      ],
      ["From: dana@acme.example\nSubject: x\n\nno date", /no readable Date/, "message 1"],
    ];
    for (const [content, message, field] of cases) {
      const before = await snapshotStore(t.store);
      const error = await importMail(t.ctx, { content, fileName: "bad.mbox" }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("INVALID_IMPORT");
      expect((error as AppError).message).toMatch(message);
      expect((error as AppError).field).toBe(field);
      expect(await snapshotStore(t.store)).toEqual(before);
    }
  });

  it("imports the good messages of an mbox and lists the broken ones with their line and reason", async () => {
    const { interview, dana } = await seed();
    const result = await importMail(t.ctx, { content: MBOX_WITH_BROKEN, fileName: "inbox.mbox" });
    expect(result.messages).toBe(5);
    expect(result.stored.map((s) => s.label)).toEqual(["message 1", "message 3", "message 5"]);
    expect(result.unreadable).toEqual([
      { label: "message 2", line: 10, reason: "it has no From address" },
      { label: "message 4", line: 26, reason: "it has no readable Date header" },
    ]);
    const logged = await listCorrespondence(t.ctx.db, t.ctx.accountId);
    expect(
      logged
        .filter((c) => c.messageId?.startsWith("<mbox-"))
        .map((c) => c.messageId)
        .sort(),
    ).toEqual(["<mbox-1@acme.example>", "<mbox-3@acme.example>", "<mbox-5@acme.example>"]);
    expect(logged.find((c) => c.messageId === "<mbox-1@acme.example>")).toMatchObject({
      interviewId: interview.id,
      contactIds: [dana.id],
    });
  });

  it("keeps an HTML-only recruiting mail as its words, so a search for Vermögen finds it", async () => {
    const { interview } = await seed();
    await addContact(t.ctx, {
      interviewId: interview.id,
      name: "Jana Krüger",
      email: "no-reply@talent.northwind.example",
    });
    const result = await importMail(t.ctx, { content: HTML_ONLY_RECRUITING, fileName: "ats.eml" });
    expect(result.stored).toHaveLength(1);
    const [entry] = (await listCorrespondence(t.ctx.db, t.ctx.accountId)).filter(
      (c) => c.messageId === "<ats.8842.20261123074107@talent.northwind.example>",
    );
    expect(entry?.body).toContain("Ihr Vermögen, Teams zu führen");
    expect(entry?.body).not.toContain("&ouml;");
    const { hits } = await search(t.ctx, { text: "Vermögen" });
    expect(hits.map((h) => h.snippet).join(" ")).toContain("«Vermögen»");
  });

  it("logs a message dated before the interview, but it is no reply: the plan stays as it was (R16)", async () => {
    const { interview } = await seed();
    const plan = (await showPlan(t.ctx, interview.id)).map((a) => [a.id, a.status, a.window.due]);
    const old = message(
      {
        From: "Dana Whitfield <dana@acme.example>",
        To: "ana@example.com",
        Subject: "Coffee?",
        Date: "Tue, 14 Mar 2023 09:00:00 +0000",
        "Message-ID": "<old-2023@acme.example>",
      },
      "Years ago: shall we have coffee?",
    );
    const result = await importMail(t.ctx, { content: old, fileName: "old.eml" });
    expect(result.stored).toEqual([
      expect.objectContaining({ interviewId: interview.id, beforeInterview: true }),
    ]);
    const entry = (await listCorrespondence(t.ctx.db, t.ctx.accountId)).find(
      (c) => c.messageId === "<old-2023@acme.example>",
    );
    expect(entry).toMatchObject({ direction: "in", occurredAt: "2023-03-14T09:00:00.000Z" });
    const events = await listEventsOfInterviews(t.ctx.db, t.ctx.accountId, [interview.id]);
    expect(events.filter((e) => e.kind === "reply")).toEqual([]);
    expect(
      (await showPlan(t.ctx, interview.id)).map((a) => [a.id, a.status, a.window.due]),
    ).toEqual(plan);

    // Nor can a message from before the interview be one of its follow-ups: refused, by name.
    const thanks = (await showPlan(t.ctx, interview.id)).find(
      (a) => a.kind === "thank-you-email" && a.status === "planned",
    );
    expect(thanks).toBeDefined();
    const before = await snapshotStore(t.store);
    const refused = await logCorrespondence(t.ctx, {
      interviewId: interview.id,
      direction: "out",
      channel: "email",
      at: "2023-03-14T10:00:00Z",
      actionId: thanks?.id,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).field).toBe("actionId");
    expect((refused as AppError).message).toMatch(/before the interview/);
    expect(await snapshotStore(t.store)).toEqual(before);

    // The same message a day after the interview is a reply, and moves the plan.
    const recent = old
      .replace("Tue, 14 Mar 2023 09:00:00 +0000", "Thu, 19 Nov 2026 09:00:00 +0000")
      .replace("<old-2023@acme.example>", "<recent@acme.example>");
    const after = await importMail(t.ctx, { content: recent, fileName: "recent.eml" });
    expect(after.stored[0]?.beforeInterview).toBe(false);
    const replies = (
      await listEventsOfInterviews(t.ctx.db, t.ctx.accountId, [interview.id])
    ).filter((e) => e.kind === "reply");
    expect(replies.map((e) => e.occurredAt)).toEqual(["2026-11-19T09:00:00.000Z"]);
  });
});
