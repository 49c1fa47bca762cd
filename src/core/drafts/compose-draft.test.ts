import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkDraft } from "../checks/check-draft.js";
import { TOO_ALIKE } from "../checks/check-similarity.js";
import { shingleSimilarity } from "../checks/similarity.js";
import type { ActionKind, Channel, Contact } from "../domain/types.js";
import { ACTION_KINDS, CHANNELS } from "../domain/types.js";
import { composeDraft } from "./compose-draft.js";
import type { Draft, DraftInput } from "./draft.types.js";
import { draftChannelsOf } from "./draft-channels.js";
import {
  APPLICATION,
  COMPANY,
  DANA,
  draftInput,
  licensingHistory,
  MEI,
  NOTES,
  PROFILE,
  RAJ,
} from "./draft-fixtures.js";

const FORMAL_DANA: Contact = { ...DANA, honorific: "Ms", register: "formal" };
const PICKED_NEWS = {
  postings: [],
  news: {
    title: "Northwind opens a data centre in Dublin",
    url: "https://northwind.example/news/dublin",
  },
};

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), "__golden__");
const NAMES = [DANA.name, RAJ.name, MEI.name, COMPANY.name, PROFILE.name ?? ""];

function show(draft: Draft): string {
  return [
    `templateId: ${draft.templateId}`,
    `channel: ${draft.channel}`,
    `to: ${draft.to ?? "(none)"}`,
    `subject: ${draft.subject ?? "(none)"}`,
    ...draft.missing.map((m) => `missing: ${m}`),
    "---",
    draft.body,
    "",
  ].join("\n");
}

type Case = [
  file: string,
  kind: ActionKind,
  channel: Channel,
  who: Contact | null,
  today: string,
  overrides?: Partial<DraftInput>,
];

const CASES: Case[] = [
  ["thank-you-email-dana", "thank-you-email", "email", DANA, "2026-11-17"],
  ["thank-you-email-raj", "thank-you-email", "email", RAJ, "2026-11-18"],
  ["thank-you-card", "thank-you-card", "card", DANA, "2026-11-18"],
  ["linkedin-request", "linkedin-request", "linkedin", DANA, "2026-11-17"],
  ["summary-letter", "summary-letter", "letter", DANA, "2026-11-18"],
  ["check-in-email", "check-in", "email", DANA, "2026-12-03"],
  ["check-in-phone", "check-in", "phone", RAJ, "2026-12-03"],
  ["reminder-email", "reminder", "email", DANA, "2026-12-14"],
  ["reminder-phone", "reminder", "phone", RAJ, "2026-12-14"],
  [
    "post-decision-hired-email",
    "post-decision-thanks",
    "email",
    DANA,
    "2026-12-20",
    { application: { ...APPLICATION, status: "hired" } },
  ],
  [
    "post-decision-hired-card",
    "post-decision-thanks",
    "card",
    RAJ,
    "2026-12-20",
    { application: { ...APPLICATION, status: "hired" } },
  ],
  [
    "post-decision-not-hired-email",
    "post-decision-thanks",
    "email",
    DANA,
    "2026-12-20",
    { application: { ...APPLICATION, status: "rejected" } },
  ],
  [
    "post-decision-not-hired-card",
    "post-decision-thanks",
    "card",
    DANA,
    "2026-12-20",
    { application: { ...APPLICATION, status: "rejected" } },
  ],
  // Any message switched to a letter (issue 11): address blocks, the date as the sender's country
  // writes it, the message, its closing and signature; a line the records lack is left out.
  ["letter-thank-you-dana", "thank-you-email", "letter", DANA, "2026-11-17"],
  [
    "letter-check-in-uk-no-address",
    "check-in",
    "letter",
    { ...RAJ, postalAddress: null },
    "2026-12-03",
    { profile: { ...PROFILE, country: "GB" } },
  ],
  [
    "letter-post-decision-not-hired",
    "post-decision-thanks",
    "letter",
    DANA,
    "2026-12-20",
    { application: { ...APPLICATION, status: "rejected" } },
  ],
  ["open-positions-inquiry-email", "open-positions-inquiry", "email", DANA, "2026-12-22"],
  ["open-positions-inquiry-phone", "open-positions-inquiry", "phone", RAJ, "2026-12-22"],
  ["long-range-check-in-email", "long-range-check-in", "email", DANA, "2027-02-15"],
  ["long-range-check-in-phone", "long-range-check-in", "phone", RAJ, "2027-02-15"],
  ["move-on-email", "move-on", "email", DANA, "2027-01-10"],
  ["missing-recruiter", "thank-you-email", "email", MEI, "2026-11-17"],
  // Registers (issue 11): formal with the honorific given, a country's default, LinkedIn's "Hi".
  ["register-formal-email", "thank-you-email", "email", FORMAL_DANA, "2026-11-17"],
  ["register-formal-linkedin", "linkedin-request", "linkedin", FORMAL_DANA, "2026-11-17"],
  [
    "register-country-de-card",
    "thank-you-card",
    "card",
    { ...DANA, honorific: "Ms" },
    "2026-11-18",
    { company: { ...COMPANY, country: "DE" } },
  ],
  [
    "register-country-de-no-honorific-letter",
    "summary-letter",
    "letter",
    DANA,
    "2026-11-18",
    { company: { ...COMPANY, country: "DE" } },
  ],
  // Claims made where a record licenses them (claims.ts).
  [
    "licensed-long-range-check-in-email",
    "long-range-check-in",
    "email",
    DANA,
    "2027-02-15",
    { history: licensingHistory(DANA, "rejected") },
  ],
  [
    "licensed-post-decision-not-hired-email",
    "post-decision-thanks",
    "email",
    DANA,
    "2026-12-20",
    {
      application: { ...APPLICATION, status: "rejected" },
      history: licensingHistory(DANA, "rejected"),
    },
  ],
  [
    "licensed-reminder-email",
    "reminder",
    "email",
    DANA,
    "2026-12-14",
    { history: licensingHistory(DANA, "rejected") },
  ],
  [
    "licensed-check-in-email",
    "check-in",
    "email",
    DANA,
    "2026-12-03",
    { history: licensingHistory(DANA, "rejected") },
  ],
  [
    "missing-no-contact-letter",
    "summary-letter",
    "letter",
    null,
    "2026-11-18",
    { profile: { ...PROFILE, postalAddress: null, strengths: [] } },
  ],
  // R20: the news item the user picked, named modestly with its link.
  ["news-check-in-email", "check-in", "email", DANA, "2026-12-03", { watch: PICKED_NEWS }],
  [
    "news-long-range-check-in-email",
    "long-range-check-in",
    "email",
    DANA,
    "2027-02-15",
    { watch: PICKED_NEWS },
  ],
];

describe("composeDraft goldens (R1, R7, R10, R13, R17, R19)", () => {
  it.each(CASES)("%s", (file, kind, channel, who, today, overrides) => {
    const actual = show(composeDraft(draftInput(kind, channel, who, today, overrides)));
    const path = join(GOLDEN, `${file}.txt`);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, "utf8"));
  });
});

describe("composeDraft", () => {
  it("covers every action kind on every channel without throwing", () => {
    for (const kind of ACTION_KINDS) {
      for (const channel of CHANNELS) {
        const draft = composeDraft(draftInput(kind, channel, DANA));
        expect(draft.body.length).toBeGreaterThan(0);
        if (channel === "linkedin") expect(draft.body.length).toBeLessThanOrEqual(300);
        if (channel !== "email") expect(draft.subject).toBeNull();
      }
    }
  });

  it("R10: every kind written as a letter has its blocks; a block the records lack is said, never a placeholder", () => {
    for (const kind of ACTION_KINDS) {
      if (!draftChannelsOf({ kind, channel: "email", contactId: DANA.id }).includes("letter"))
        continue;
      const full = composeDraft(draftInput(kind, "letter", DANA));
      expect(full.body.startsWith("Zoë Ångström\n14 Linden Street\nPortland, OR 97205\n")).toBe(
        true,
      );
      expect(full.body).toContain(
        "\n\nDana Whitfield\nDirector of Data Platform\nNorthwind Analytics\n500 Pine Street\nSeattle, WA 98101\n\nDear Dana,",
      );
      expect(full.subject).toBeNull();
      expect(full.missing.filter((m) => m.includes("address"))).toEqual([]);

      const bare = composeDraft(
        draftInput(kind, "letter", { ...DANA, postalAddress: null, title: null }, "2026-11-18", {
          profile: { ...PROFILE, postalAddress: null, country: "GB" },
        }),
      );
      expect(bare.body).not.toMatch(/\[[a-z]+\.[A-Za-z]+\]/);
      expect(bare.body).toContain("18 November 2026\n\nDana Whitfield\nNorthwind Analytics\n\n");
      expect(bare.missing).toContain(
        "Add your postal address to your profile (profile edit --address) for the address block (R10).",
      );
      expect(bare.missing).toContain(
        "Add the postal address the letter goes to, Dana Whitfield's at the office (contact edit --address), for the address block (R10).",
      );
    }
  });

  it("R10: an email stays an email: a subject, no address blocks", () => {
    const email = composeDraft(draftInput("thank-you-email", "email", DANA));
    expect(email.subject).not.toBeNull();
    expect(email.body.startsWith("Dear Dana,")).toBe(true);
    expect(email.missing.filter((m) => m.includes("postal address"))).toEqual([]);
  });

  it("R1, R7: each interviewer gets their own name and their own notes", () => {
    const dana = composeDraft(draftInput("thank-you-email", "email", DANA)).body;
    const raj = composeDraft(draftInput("thank-you-email", "email", RAJ)).body;
    expect(dana).toContain("Dear Dana,");
    expect(dana).toContain("streaming ingestion");
    expect(dana).not.toContain("cost dashboard");
    expect(raj).toContain("Dear Rajesh,");
    expect(raj).toContain("cost dashboard");
    expect(raj).not.toContain("streaming ingestion");
  });

  it("R7: two drafts with their own notes stay under the too-alike threshold; copies go over", () => {
    const dana = composeDraft(draftInput("thank-you-email", "email", DANA)).body;
    const raj = composeDraft(draftInput("thank-you-email", "email", RAJ)).body;
    expect(shingleSimilarity(dana, raj, NAMES)).toBeLessThan(TOO_ALIKE);
    // Give Rajesh exactly Dana's notes: the checker must call the two copies.
    const copied = NOTES.map((n) =>
      n.contactId === DANA.id
        ? { ...n, contactId: RAJ.id }
        : n.contactId === RAJ.id
          ? { ...n, contactId: "gone" }
          : n,
    );
    const copy = composeDraft(
      draftInput("thank-you-email", "email", RAJ, "2026-11-17", { notes: copied }),
    ).body;
    const rules = checkDraft(copy, {
      channel: "email",
      recipientName: RAJ.name,
      knownNames: NAMES,
      siblingDrafts: [dana],
      userWords: ["dbt"],
    }).map((f) => f.rule);
    expect(rules).toContain("R7-too-alike");
  });

  it("R21, R22: the built-in drafts pass the checker (spelling, grammar, names, tone, length)", () => {
    const quiet = new Set([
      "R21-spelling",
      "R21-grammar",
      "R1-name",
      "placeholder",
      "R22-pushy",
      "R22-exclamation",
      "R22-generic",
      "length",
    ]);
    for (const [file, kind, channel, who, today, overrides] of CASES) {
      if (file.startsWith("missing")) continue;
      const draft = composeDraft(draftInput(kind, channel, who, today, overrides));
      const findings = checkDraft(draft.body, {
        channel,
        recipientName: who?.name ?? null,
        knownNames: NAMES,
        userWords: ["dbt"],
        // What the watch recorded is the company's own words, as the use case passes them.
        noteWords: overrides?.watch?.news ? [overrides.watch.news.title] : [],
        notes: NOTES.filter((n) => n.contactId === who?.id || n.contactId === null),
        subject: draft.subject,
      }).filter((f) => quiet.has(f.rule) || (channel === "email" && f.rule.startsWith("R19")));
      expect({ file, findings }).toEqual({ file, findings: [] });
    }
  });

  it("R8: the card is short (about 60 words at most)", () => {
    const card = composeDraft(draftInput("thank-you-card", "card", DANA)).body;
    expect(card.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("says what to add instead of padding (R7, R9, R19)", () => {
    const mei = composeDraft(draftInput("thank-you-email", "email", MEI));
    expect(mei.to).toBe("Mei O'Connell");
    expect(mei.missing).toContain(
      "Add a highlight note for Mei O'Connell: something specific from your conversation (R7).",
    );
    expect(mei.missing.some((m) => m.includes("email address"))).toBe(true);
    const noReason = composeDraft(draftInput("linkedin-request", "linkedin", RAJ));
    expect(noReason.missing.join("\n")).toMatch(/R5[\s\S]*R9/);
  });

  it("uses a user's template override, and refuses a broken one", () => {
    const templates = { "thank-you-card": "{{greeting}}\n\nThanks, {{sender.name}}" };
    const draft = composeDraft(
      draftInput("thank-you-card", "card", DANA, "2026-11-17", { templates }),
    );
    expect(draft.body).toBe("Dear Dana,\n\nThanks, Zoë Ångström");
    const broken = { "thank-you-card": "Hi\n\n{{sender.nmae}}" };
    expect(() =>
      composeDraft(draftInput("thank-you-card", "card", DANA, "2026-11-17", { templates: broken })),
    ).toThrow(/Unknown field \{\{sender.nmae\}\} at line 3/);
  });
});
