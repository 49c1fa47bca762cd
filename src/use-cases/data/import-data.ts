import { validateTemplate } from "../../core/drafts/template/validate-template.js";
import { AppError } from "../../errors/app-error.js";
import { insertActions } from "../../store/repositories/action.repository.js";
import {
  insertCalendarSequences,
  saveCalendarFeed,
} from "../../store/repositories/calendar.repository.js";
import {
  insertApplications,
  insertCompanies,
} from "../../store/repositories/company.repository.js";
import {
  insertContacts,
  insertParticipations,
} from "../../store/repositories/contact.repository.js";
import { insertCorrespondenceList } from "../../store/repositories/correspondence.repository.js";
import { insertDraftEditsList } from "../../store/repositories/draft-edits.repository.js";
import { insertEvents } from "../../store/repositories/event.repository.js";
import { insertInterviews } from "../../store/repositories/interview.repository.js";
import { insertNewsPicks } from "../../store/repositories/news-pick.repository.js";
import { insertNotes } from "../../store/repositories/note.repository.js";
import { saveProfile } from "../../store/repositories/profile.repository.js";
import { insertTemplates } from "../../store/repositories/template.repository.js";
import { insertTrash } from "../../store/repositories/trash.repository.js";
import { insertUserWords } from "../../store/repositories/user-word.repository.js";
import { insertWatchItems, insertWatchSources } from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { exportData } from "./export-data.js";
import { type ExportDocument, exportDocument } from "./export-document.js";

export interface ImportSummary {
  companies: number;
  interviews: number;
  contacts: number;
  notes: number;
  correspondence: number;
  events: number;
  actions: number;
  templates: number;
  trash: number;
}

/**
 * Loads an export document, all or nothing: it is checked whole (shape, references, clashes with
 * what is stored) before the first row is written, and written in one transaction.
 */
export async function importData(ctx: UseCaseContext, jsonText: string): Promise<ImportSummary> {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (cause) {
    throw new AppError(
      "INVALID_IMPORT",
      `The file is not valid JSON: ${(cause as Error).message}.`,
      {
        field: "file",
        accepted: "a JSON document written by `followthrough export --format json`",
      },
    );
  }
  const doc = parseInput(exportDocument, raw, "INVALID_IMPORT");
  checkReferences(doc);
  const { templates } = await checkClashes(ctx, doc);

  return inTransaction(ctx, async ({ db, accountId }) => {
    if (doc.profile) await saveProfile(db, accountId, doc.profile);
    // Parents before children, in as few statements as the databases allow.
    await insertCompanies(db, accountId, doc.companies, ctx.now());
    await insertApplications(db, accountId, doc.applications);
    await insertInterviews(db, accountId, doc.interviews);
    await insertContacts(db, accountId, doc.contacts);
    await insertParticipations(db, accountId, doc.participations);
    await insertNotes(db, accountId, doc.notes);
    await insertCorrespondenceList(db, accountId, doc.correspondence);
    await insertEvents(db, accountId, doc.events);
    await insertActions(db, accountId, doc.actions, ctx.now());
    await insertDraftEditsList(db, accountId, doc.draftEdits);
    await insertTemplates(db, accountId, templates);
    await insertTrash(db, accountId, doc.trash);
    await insertCalendarSequences(db, accountId, doc.calendarSequences);
    if (doc.calendarFeed)
      await saveCalendarFeed(db, accountId, doc.calendarFeed.secret, doc.calendarFeed.createdAt);
    await insertWatchSources(db, accountId, doc.watchSources);
    await insertWatchItems(db, accountId, doc.watchItems);
    await insertNewsPicks(db, accountId, doc.newsPicks);
    // A word the user has already is kept as it is.
    await insertUserWords(db, accountId, doc.userWords);
    return {
      companies: doc.companies.length,
      interviews: doc.interviews.length,
      contacts: doc.contacts.length,
      notes: doc.notes.length,
      correspondence: doc.correspondence.length,
      events: doc.events.length,
      actions: doc.actions.length,
      templates: doc.templates.length,
      trash: doc.trash.length,
    };
  });
}

function checkReferences(doc: ExportDocument): void {
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const companies = ids(doc.companies);
  const applications = ids(doc.applications);
  const interviews = ids(doc.interviews);
  const contacts = ids(doc.contacts);
  const correspondence = ids(doc.correspondence);
  const missing = (path: string, id: string | null, set: Set<string>) => {
    if (id !== null && !set.has(id)) {
      throw new AppError("INVALID_IMPORT", `${path} refers to ${id}, which is not in the file.`, {
        field: path,
        accepted: "an id of a record in the same file",
      });
    }
  };
  const all = [
    ...companies,
    ...applications,
    ...interviews,
    ...contacts,
    ...ids(doc.notes),
    ...correspondence,
    ...ids(doc.events),
    ...ids(doc.actions),
    ...ids(doc.trash),
    ...ids(doc.watchSources),
    ...ids(doc.watchItems),
  ];
  const seen = new Set<string>();
  for (const id of all) {
    if (seen.has(id))
      throw new AppError("INVALID_IMPORT", `The id ${id} appears twice.`, {
        field: "id",
        accepted: "unique ids",
      });
    seen.add(id);
  }
  doc.applications.forEach((a, i) => {
    missing(`applications.${i}.companyId`, a.companyId, companies);
  });
  doc.interviews.forEach((x, i) => {
    missing(`interviews.${i}.applicationId`, x.applicationId, applications);
  });
  doc.contacts.forEach((c, i) => {
    missing(`contacts.${i}.companyId`, c.companyId, companies);
  });
  doc.participations.forEach((p, i) => {
    missing(`participations.${i}.interviewId`, p.interviewId, interviews);
    missing(`participations.${i}.contactId`, p.contactId, contacts);
  });
  doc.notes.forEach((n, i) => {
    missing(`notes.${i}.interviewId`, n.interviewId, interviews);
    missing(`notes.${i}.contactId`, n.contactId, contacts);
  });
  doc.correspondence.forEach((c, i) => {
    missing(`correspondence.${i}.applicationId`, c.applicationId, applications);
    missing(`correspondence.${i}.interviewId`, c.interviewId, interviews);
    c.contactIds.forEach((id, j) => {
      missing(`correspondence.${i}.contactIds.${j}`, id, contacts);
    });
  });
  doc.events.forEach((e, i) => {
    missing(`events.${i}.interviewId`, e.interviewId, interviews);
    missing(`events.${i}.contactId`, e.contactId, contacts);
    missing(`events.${i}.nextInterviewId`, e.nextInterviewId, interviews);
  });
  doc.actions.forEach((a, i) => {
    missing(`actions.${i}.interviewId`, a.interviewId, interviews);
    missing(`actions.${i}.contactId`, a.contactId, contacts);
    missing(`actions.${i}.correspondenceId`, a.correspondenceId, correspondence);
  });
  const actions = ids(doc.actions);
  doc.draftEdits.forEach((d, i) => {
    missing(`draftEdits.${i}.actionId`, d.actionId, actions);
  });
  // An edited template is checked as `template edit` checks it (known fields, the subject line).
  doc.templates.forEach((t, i) => {
    try {
      validateTemplate(t.id, t.text);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      throw new AppError("INVALID_IMPORT", `templates.${i} (${t.id}): ${e.message}.`, {
        field: `templates.${i}.text`,
        ...(e.accepted === undefined ? {} : { accepted: e.accepted }),
      });
    }
  });
  unique(
    "templates",
    doc.templates.map((t) => t.id),
  );
  unique(
    "calendarSequences",
    doc.calendarSequences.map((s) => s.actionId),
  );
  const sources = ids(doc.watchSources);
  doc.watchSources.forEach((s, i) => {
    missing(`watchSources.${i}.companyId`, s.companyId, companies);
  });
  doc.watchItems.forEach((w, i) => {
    missing(`watchItems.${i}.companyId`, w.companyId, companies);
    missing(`watchItems.${i}.sourceId`, w.sourceId, sources);
  });
  const items = ids(doc.watchItems);
  doc.newsPicks.forEach((p, i) => {
    missing(`newsPicks.${i}.actionId`, p.actionId, actions);
    missing(`newsPicks.${i}.itemId`, p.itemId, items);
  });
  unique(
    "newsPicks",
    doc.newsPicks.map((p) => p.actionId),
  );
}

function unique(list: string, keys: string[]): void {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key))
      throw new AppError("INVALID_IMPORT", `${list}.${i} repeats ${key}.`, {
        field: `${list}.${i}`,
        accepted: "each at most once",
      });
    seen.add(key);
  });
}

/** Refuses what would clash with the store; what to insert of the rest. */
async function checkClashes(
  ctx: UseCaseContext,
  doc: ExportDocument,
): Promise<{ templates: ExportDocument["templates"] }> {
  const current = await exportData(ctx);
  const stored = new Set(
    [
      current.companies,
      current.applications,
      current.interviews,
      current.contacts,
      current.notes,
      current.correspondence,
      current.events,
      current.actions,
      current.trash,
      current.watchSources,
      current.watchItems,
    ].flatMap((list) => list.map((x) => x.id)),
  );
  const clash = [
    doc.companies,
    doc.applications,
    doc.interviews,
    doc.contacts,
    doc.notes,
    doc.correspondence,
    doc.events,
    doc.actions,
    doc.trash,
    doc.watchSources,
    doc.watchItems,
  ]
    .flatMap((list) => list.map((x) => x.id))
    .find((id) => stored.has(id));
  if (clash) {
    throw new AppError("CONFLICT", `The store already holds ${clash}; nothing was imported.`, {
      field: "id",
      accepted:
        "a file whose records are not already in the store (import into an empty data directory)",
    });
  }
  const names = new Set(current.companies.map((c) => c.name));
  const sameName = doc.companies.find((c) => names.has(c.name));
  if (sameName) {
    throw new AppError(
      "CONFLICT",
      `A company named "${sameName.name}" is already stored; nothing was imported.`,
      { field: "companies.name" },
    );
  }
  const sequenced = new Set(current.calendarSequences.map((s) => s.actionId));
  const sequenceClash = doc.calendarSequences.find((s) => sequenced.has(s.actionId));
  if (sequenceClash) {
    throw new AppError(
      "CONFLICT",
      `The store already holds the calendar event of ${sequenceClash.actionId}; nothing was imported.`,
      { field: "calendarSequences.actionId", accepted: "import into an empty data directory" },
    );
  }
  // The user's own text in the store and another in the file: keeping either would lose one.
  const ownTexts = new Map(current.templates.map((t) => [t.id, t.text]));
  const templateClash = doc.templates.find(
    (t) => ownTexts.has(t.id) && ownTexts.get(t.id) !== t.text,
  );
  if (templateClash) {
    throw new AppError(
      "CONFLICT",
      `Template ${templateClash.id} is already edited in the store, with another text; nothing was imported.`,
      {
        field: "templates.id",
        accepted: `\`template reset ${templateClash.id}\` first, or remove it from the file`,
      },
    );
  }
  if (
    current.calendarFeed &&
    doc.calendarFeed &&
    current.calendarFeed.secret !== doc.calendarFeed.secret
  ) {
    throw new AppError(
      "CONFLICT",
      "The store already has a calendar feed address, another than the file's; nothing was imported.",
      {
        field: "calendarFeed",
        accepted: "import into an empty data directory, or remove calendarFeed from the file",
      },
    );
  }
  if (current.profile && doc.profile) {
    // Merging two profiles silently would lose one of them.
    throw new AppError("CONFLICT", "A profile is already set; nothing was imported.", {
      field: "profile",
      accepted: "import into an empty data directory, or remove the profile from the file",
    });
  }
  // The same text already stored is no clash: it is not written twice.
  return { templates: doc.templates.filter((t) => !ownTexts.has(t.id)) };
}
