import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { STORE_KINDS } from "../support/test-store.js";
import { expectError, seedInterview, type TestApp } from "./http-test-app.js";
import { useTestApp } from "./use-test-app.js";

async function thankYouOf(t: TestApp, interviewId: string): Promise<string> {
  const plan = await t.call("GET", `/api/interviews/${interviewId}/plan`);
  return plan.body.actions.find((a: { kind: string }) => a.kind === "thank-you-email").id;
}

describe.each(STORE_KINDS)("HTTP drafts, templates, search and calendar on %s", (kind) => {
  const app = useTestApp(kind);

  it("GET /api/actions/{id}/draft writes it from the notes with its findings; files by format; 400; 404", async () => {
    const t = app.get();
    const { interviewId, contactId } = await seedInterview(t);
    await t.call("POST", `/api/interviews/${interviewId}/notes`, {
      contactId,
      kind: "highlight",
      text: "Her team moved to dbt last spring",
    });
    const actionId = await thankYouOf(t, interviewId);
    const draft = await t.call("GET", `/api/actions/${actionId}/draft`);
    expect(draft.status).toBe(200);
    expect(draft.body.draft.channel).toBe("email");
    expect(draft.body.draft.to).toBe("dana@acme.example");
    expect(draft.body.draft.body).toContain("Dana");
    expect(Array.isArray(draft.body.findings)).toBe(true);

    const noSender = await t.call("GET", `/api/actions/${actionId}/draft/eml`);
    expectError(noSender, 400);
    await t.call("PUT", "/api/profile", { name: "Ana Ruiz", email: "ana@example.com" });
    const eml = await t.call("GET", `/api/actions/${actionId}/draft/eml`);
    expect(eml.status).toBe(200);
    expect(eml.headers.get("content-type")).toContain("message/rfc822");
    expect(eml.text).toMatch(/^To: .*dana@acme\.example/m);
    const mailto = await t.call("GET", `/api/actions/${actionId}/draft/mailto`);
    expect(mailto.text.startsWith("mailto:dana@acme.example?")).toBe(true);
    expectError(await t.call("GET", `/api/actions/${actionId}/draft/pdf`), 400, "format");
    expectError(await t.call("GET", `/api/actions/${actionId}/draft/docx`), 400, "format");
    expectError(await t.call("GET", "/api/actions/act_nope/draft"), 404, "action");
    expectError(await t.call("GET", "/api/actions/act_nope/draft/eml"), 404, "action");
  });

  it("POST /api/actions/{id}/draft/{format} renders the edited text as a file; 400 naming the field; 404", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const actionId = await thankYouOf(t, interviewId);
    await t.call("PUT", "/api/profile", { name: "Ana Ruiz", email: "ana@example.com" });
    const edits = {
      subject: "Thank you, Dana",
      body: "Dear Dana,\n\nThank you for the interview; the dbt story was the highlight of my week.\n\nBest regards,\nAna Ruiz",
    };
    const eml = await t.call("POST", `/api/actions/${actionId}/draft/eml`, edits);
    expect(eml.status).toBe(200);
    expect(eml.headers.get("content-type")).toContain("message/rfc822");
    expect(eml.headers.get("content-disposition")).toBe(
      'attachment; filename="thank-you-email-dana-whitfield.eml"',
    );
    const parsed = await PostalMime.parse(eml.text);
    expect(parsed.subject).toBe(edits.subject);
    expect(parsed.to?.[0]?.address).toBe("dana@acme.example");
    expect(parsed.text?.replace(/\r\n/g, "\n").trimEnd()).toBe(edits.body);
    const text = await t.call("POST", `/api/actions/${actionId}/draft/text`, { body: "Hi Dana" });
    expect(text.status).toBe(200);
    expect(text.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(text.text).toMatch(/\n\nHi Dana\n$/);

    const injected = { subject: "Thanks\r\nBcc: everyone@example.org", body: "Hi" };
    expectError(
      await t.call("POST", `/api/actions/${actionId}/draft/eml`, injected),
      400,
      "subject",
    );
    expectError(
      await t.call("POST", `/api/actions/${actionId}/draft/eml`, { body: "x".repeat(100_001) }),
      400,
      "body",
    );
    expectError(
      await t.call("POST", `/api/actions/${actionId}/draft/eml`, { body: 7 }),
      400,
      "body",
    );
    expectError(await t.call("POST", `/api/actions/${actionId}/draft/pdf`, edits), 400, "format");
    expectError(await t.call("POST", `/api/actions/${actionId}/draft/docx`, edits), 400, "format");
    expectError(await t.call("POST", "/api/actions/act_nope/draft/eml", edits), 404, "action");

    const doc = await t.call("GET", "/api/openapi.json");
    const route = doc.body.paths["/api/actions/{id}/draft/{format}"];
    expect(
      Object.keys(route.post.requestBody.content["application/json"].schema.properties),
    ).toEqual(["subject", "body"]);
    expect(Object.keys(route.post.responses["200"].content)).toContain("message/rfc822");
  });

  it("POST /api/checks finds a misspelling with a suggestion (R21); 400; 404 for an unknown action", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const actionId = await thankYouOf(t, interviewId);
    const text = "Dear Dana,\n\nThank you for the intervew yesterday.\n\nBest regards";
    const findings = await t.call("POST", "/api/checks", { text, actionId });
    expect(findings.status).toBe(200);
    const spelling = findings.body.find((f: { rule: string }) => f.rule === "R21-spelling");
    expect(text.slice(spelling.start, spelling.end)).toBe("intervew");
    expect(spelling.suggestion).toBe("interview");
    expectError(await t.call("POST", "/api/checks", { text: 42 }), 400, "text");
    expectError(await t.call("POST", "/api/checks", { text, channel: "pigeon" }), 400, "channel");
    expectError(await t.call("POST", "/api/checks", { text, actionId: "act_nope" }), 404, "action");
  });

  it("templates: list, save (a broken one is a 400), reset", async () => {
    const t = app.get();
    const list = await t.call("GET", "/api/templates");
    expect(list.status).toBe(200);
    const thanks = list.body.find((x: { id: string }) => x.id === "thank-you-email");
    expect(thanks.edited).toBe(false);
    const saved = await t.call("PUT", "/api/templates/thank-you-email", {
      text: thanks.text.replace("Thank", "Many thanks"),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.edited).toBe(true);
    expectError(
      await t.call("PUT", "/api/templates/thank-you-email", { text: "Hi {{nonsense}}" }),
      400,
    );
    expectError(await t.call("PUT", "/api/templates/no-such", { text: "x" }), 400, "template");
    expectError(await t.call("PUT", "/api/templates/thank-you-email", {}), 400, "text");
    const reset = await t.call("DELETE", "/api/templates/thank-you-email");
    expect(reset.body).toMatchObject({ edited: false, text: thanks.text });
  });

  it("POST /api/answers prepares an answer (R23); 400 for an unknown kind; 404 for an unknown interview", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const answer = await t.call("POST", "/api/answers", { kind: "why-you", interviewId });
    expect(answer.status).toBe(200);
    expect(answer.body.answer.length).toBeGreaterThan(20);
    expectError(await t.call("POST", "/api/answers", { kind: "astrology", interviewId }), 400);
    expectError(await t.call("POST", "/api/answers", {}), 400, "kind");
    expectError(
      await t.call("POST", "/api/answers", { kind: "why-you", interviewId: "iv_nope" }),
      404,
      "interviewId",
    );
  });

  it("GET /api/search finds a note, a message and a call's note (R25), each with whose it is and the application it opens; 400 without words", async () => {
    const t = app.get();
    const { interviewId, applicationId, contactId } = await seedInterview(t);
    await t.call("POST", `/api/interviews/${interviewId}/notes`, {
      contactId,
      kind: "highlight",
      text: "Her team moved to dbt last spring",
    });
    await t.call("POST", `/api/interviews/${interviewId}/correspondence`, {
      direction: "in",
      channel: "email",
      subject: "Next steps",
      body: "We loved hearing about your dbt migration.",
    });
    await t.call("POST", `/api/interviews/${interviewId}/events`, {
      kind: "call",
      contactId,
      note: "She asked whether I had used dbt tests.",
    });
    const found = await t.call("GET", "/api/search?text=dbt");
    expect(found.status).toBe(200);
    expect(found.body.hits.map((h: { kind: string }) => h.kind).sort()).toEqual([
      "correspondence",
      "event",
      "note",
    ]);
    expect(found.body.hits[0].snippet).toContain("«");
    for (const hit of found.body.hits)
      expect(hit).toMatchObject({ applicationId, person: "Dana Whitfield", company: "Acme" });
    expectError(await t.call("GET", "/api/search"), 400, "text");
    expectError(await t.call("GET", "/api/search?text=%22%22"), 400, "text");
    expectError(await t.call("GET", "/api/search?text=dbt&limit=0"), 400, "limit");
  });

  it("calendar feed: the address, the .ics behind it, rotation; 404 for a wrong secret", async () => {
    const t = app.get();
    await seedInterview(t);
    const feed = await t.call("GET", "/api/calendar-feed");
    expect(feed.status).toBe(200);
    const ics = await t.call("GET", feed.body.path);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    expect(ics.text).toContain("BEGIN:VCALENDAR");
    expectError(await t.call("GET", "/calendar/wrong-secret.ics"), 404, "secret");
    expectError(await t.call("GET", "/calendar/not-a-feed"), 400, "file");
    const rotated = await t.call("POST", "/api/calendar-feed/rotate");
    expect(rotated.body.path).not.toBe(feed.body.path);
    expectError(await t.call("GET", feed.body.path), 404, "secret");
  });

  it("outbox: list; queueing needs SMTP settings (400), a subject (400) and a known action (404)", async () => {
    const t = app.get();
    const { interviewId } = await seedInterview(t);
    const actionId = await thankYouOf(t, interviewId);
    const list = await t.call("GET", "/api/outbox");
    expect(list.status).toBe(200);
    expect(list.body).toEqual([]);
    const body = { subject: "Thank you", body: "Dear Dana, thank you." };
    expectError(await t.call("POST", `/api/actions/${actionId}/queue`, body), 400, "smtp");
    expectError(
      await t.call("POST", `/api/actions/${actionId}/queue`, { body: "x" }),
      400,
      "subject",
    );
    expectError(await t.call("POST", "/api/actions/act_nope/queue", body), 404, "action");
  });
});
