import { createBusinessCalendar } from "../src/core/calendar/create-business-calendar.js";
import type { FollowUpAction } from "../src/core/domain/types.js";
import { planFollowUps } from "../src/core/planner/plan-follow-ups.js";
import { newId } from "../src/shared/new-id.js";
import { LOCAL_ACCOUNT_ID } from "../src/store/open-store.js";
import { DEFAULT_PROFILE } from "../src/store/repositories/profile.repository.js";
import { addContact } from "../src/use-cases/contacts/add-contact.js";
import type { UseCaseContext } from "../src/use-cases/context.js";
import type { ExportDocument } from "../src/use-cases/data/export-document.js";
import { importData } from "../src/use-cases/data/import-data.js";
import { addInterview } from "../src/use-cases/interviews/add-interview.js";
import { listInterviews } from "../src/use-cases/interviews/list-interviews.js";
import { showInterview } from "../src/use-cases/interviews/show-interview.js";
import { addNote } from "../src/use-cases/notes/add-note.js";
import { getAgenda } from "../src/use-cases/planning/get-agenda.js";
import { plannerSettingsOf } from "../src/use-cases/planning/planner-settings-of.js";
import { type BenchResult, median, percentile } from "./bench-result.js";
import { openBenchStore } from "./open-bench-store.js";

const INTERVIEWS = 10_000;
const NOW = "2026-11-20T12:00:00.000Z";
const KINDS = ["highlight", "qualification", "clarify", "personal-interest", "question"] as const;

/** 10,000 interviews with 3 contacts and 5 notes each, as one export document. */
export function generateDocument(count = INTERVIEWS): ExportDocument {
  const doc: ExportDocument = {
    format: "followthrough-export",
    version: 1,
    profile: null,
    companies: [],
    applications: [],
    interviews: [],
    contacts: [],
    participations: [],
    notes: [],
    correspondence: [],
    events: [],
    actions: [],
    draftEdits: [],
    templates: [],
    trash: [],
    calendarSequences: [],
    calendarFeed: null,
    watchSources: [],
    watchItems: [],
    newsPicks: [],
    userWords: [],
  };
  for (let i = 0; i < count; i++) {
    const companyId = newId("co");
    const applicationId = newId("ap");
    const interviewId = newId("iv");
    doc.companies.push({
      id: companyId,
      name: `Company ${i}`,
      website: null,
      country: null,
      region: null,
      register: null,
    });
    doc.applications.push({
      id: applicationId,
      companyId,
      role: "Engineer",
      postingUrl: null,
      status: "interviewing",
      createdAt: NOW,
    });
    // Spread over two years, as a long job search's records would be.
    const startsAt = new Date(Date.UTC(2026, 0, 1, 15) + (i % 730) * 86_400_000).toISOString();
    const timelineDate = new Date(Date.parse(startsAt) + 14 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    doc.interviews.push({
      id: interviewId,
      applicationId,
      round: 1,
      startsAt,
      timeZone: "America/New_York",
      format: "video",
      location: null,
      timelineText: "two weeks",
      timelineDate,
      nextStep: null,
      feeling: null,
      country: null,
      region: null,
      sendCard: null,
      summaryLetter: null,
      createdAt: NOW,
    });
    for (let c = 0; c < 3; c++) {
      const contactId = newId("ct");
      doc.contacts.push({
        id: contactId,
        companyId,
        name: `Person ${i}-${c}`,
        title: "Engineer",
        organization: null,
        email: `p${i}-${c}@example.com`,
        phone: null,
        linkedinUrl: null,
        postalAddress: null,
        preferredChannel: null,
        role: c === 0 ? "hiring-manager" : "interviewer",
        agreedToConnect: c === 1,
        timeZone: null,
        honorific: null,
        register: null,
        createdAt: NOW,
      });
      doc.participations.push({
        interviewId,
        contactId,
        seat: c,
        followUpOn: null,
        followUpVia: null,
      });
    }
    for (let n = 0; n < 5; n++) {
      doc.notes.push({
        id: newId("nt"),
        interviewId,
        contactId: null,
        kind: KINDS[n] as (typeof KINDS)[number],
        text: `Note ${n} about the ${i} conversation`,
        createdAt: NOW,
      });
    }
  }
  doc.actions = planAll(doc);
  const sort = <T extends { id: string }>(l: T[]) => l.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const list of [doc.companies, doc.applications, doc.interviews, doc.contacts, doc.notes])
    sort(list as { id: string }[]);
  return doc;
}

const OPEN_ACTIONS = 10_000;
export const AGENDA_NOW = "2026-11-02T12:00:00.000Z";

/** The pure planner's actions for every interview; all but 10,000 are already done. */
function planAll(doc: ExportDocument): FollowUpAction[] {
  const settings = plannerSettingsOf(DEFAULT_PROFILE);
  const actions: FollowUpAction[] = [];
  doc.interviews.forEach((interview, i) => {
    const company = doc.companies[i] as ExportDocument["companies"][number];
    const participants = doc.contacts
      .slice(i * 3, i * 3 + 3)
      .map((c) => ({ ...c, followUpOn: null, followUpVia: null }));
    const notes = doc.notes.slice(i * 5, i * 5 + 5);
    actions.push(
      ...planFollowUps(
        {
          interview,
          company,
          participants,
          notes,
          history: { interviews: [interview], correspondence: [], events: [], actions: [] },
          settings,
          calendarFor: createBusinessCalendar,
        },
        NOW,
      ),
    );
  });
  // The 10,000 open ones are those due from AGENDA_NOW on, as in a busy but real store: the
  // agenda then lists what falls in its 14 days, not every open action there is.
  actions.sort((a, b) => (a.window.due < b.window.due ? -1 : 1));
  const first = actions.findIndex((a) => new Date(a.window.due).toISOString() >= AGENDA_NOW);
  return actions.map((a, i) =>
    i >= first && i < first + OPEN_ACTIONS ? a : { ...a, status: "done", doneAt: NOW },
  );
}

export async function benchStore(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const doc = generateDocument();
  const json = JSON.stringify(doc);
  for (const kind of ["sqlite", "postgres"] as const) {
    const opened = await openBenchStore(kind);
    if (!opened) {
      results.push({ name: `${kind}: skipped`, value: 0, unit: "-", note: "no server reachable" });
      continue;
    }
    const ctx: UseCaseContext = {
      db: opened.store.db,
      accountId: LOCAL_ACCOUNT_ID,
      now: () => NOW,
    };
    try {
      let t = performance.now();
      await importData(ctx, json);
      const insertMs = performance.now() - t;
      results.push({
        name: `${kind}: insert 10,000 interviews (3 contacts, 5 notes each) in one import`,
        value: Math.round(insertMs),
        unit: "ms",
        note: `${Math.round(INTERVIEWS / (insertMs / 1000))} interviews/s`,
      });

      t = performance.now();
      const list = await listInterviews(ctx);
      results.push({
        name: `${kind}: list 10,000 interviews`,
        value: Math.round(performance.now() - t),
        unit: "ms",
        note: `${list.length} rows`,
      });

      const times: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const id = list[(i * 7919) % list.length]?.interview.id as string;
        const s = performance.now();
        await showInterview(ctx, id);
        times.push(performance.now() - s);
      }
      results.push({
        name: `${kind}: show one interview (of 10,000), p50`,
        value: +median(times).toFixed(2),
        unit: "ms",
        note: `p95 ${percentile(times, 95).toFixed(2)} ms`,
      });

      const agendaTimes: number[] = [];
      let listed = 0;
      for (let i = 0; i < 50; i++) {
        const s = performance.now();
        const agenda = await getAgenda({ ...ctx, now: () => AGENDA_NOW });
        agendaTimes.push(performance.now() - s);
        listed = agenda.overdue.length + agenda.dueToday.length + agenda.upcoming.length;
      }
      results.push({
        name: `${kind}: agenda over ${OPEN_ACTIONS.toLocaleString("en")} open actions, p50`,
        value: +median(agendaTimes).toFixed(2),
        unit: "ms",
        note: `${listed} listed; p95 ${percentile(agendaTimes, 95).toFixed(2)} ms`,
      });

      const capture: number[] = [];
      for (let i = 0; i < 100; i++) {
        const s = performance.now();
        const { interview } = await addInterview(ctx, {
          company: `Capture ${i}`,
          role: "PM",
          at: "2026-11-19T10:00",
          timeZone: "Europe/London",
          timeline: "two weeks",
        });
        for (let c = 0; c < 3; c++) {
          const person = await addContact(ctx, {
            interviewId: interview.id,
            name: `Capture Person ${c}`,
            email: `c${c}@example.com`,
          });
          await addNote(ctx, {
            interviewId: interview.id,
            contactId: person.id,
            kind: "highlight",
            text: "We talked about the data platform.",
          });
        }
        capture.push(performance.now() - s);
      }
      results.push({
        name: `${kind}: capture one interview with 3 people and notes, planned (use cases), p50`,
        value: +median(capture).toFixed(2),
        unit: "ms",
        note: `p95 ${percentile(capture, 95).toFixed(2)} ms`,
      });
    } finally {
      await opened.cleanup();
    }
  }
  return results;
}
