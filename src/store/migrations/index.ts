import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./2026-11-22T0300-initial.js";
import * as outbox from "./2026-11-22T0400-outbox.js";
import * as records from "./2026-11-22T0410-records.js";
import * as templates from "./2026-11-22T0420-templates.js";
import * as trash from "./2026-12-01T1000-trash.js";
import * as eventSearch from "./2026-12-01T1130-event-search.js";
import * as eventTimeline from "./2026-12-01T1300-event-timeline.js";
import * as draftEdits from "./2026-12-02T0900-draft-edits.js";
import * as contactRegister from "./2026-12-02T1000-contact-register.js";
import * as companyRegister from "./2026-12-02T1100-company-register.js";
import * as contactOrganization from "./2026-12-03T0900-contact-organization.js";
import * as companyWatch from "./2026-12-03T1200-company-watch.js";
import * as userWords from "./2026-12-03T1300-user-words.js";
import * as hostedAccounts from "./2026-12-03T1500-hosted-accounts.js";
import * as clientWrites from "./2026-12-03T1600-client-writes.js";
import * as rowLevelSecurity from "./2026-12-04T0900-row-level-security.js";
import * as passkeys from "./2026-12-04T1100-passkeys.js";
import * as openActionsByDue from "./2026-12-04T1200-open-actions-by-due.js";
import * as draftChannel from "./2026-12-04T1300-draft-channel.js";
import * as newsPicks from "./2026-12-04T1400-news-picks.js";

// Forward-only, timestamped; the key order is the order they run in.
const migrations: Record<string, Migration> = {
  "2026-11-22T0300-initial": initial,
  "2026-11-22T0400-outbox": outbox,
  "2026-11-22T0410-records": records,
  "2026-11-22T0420-templates": templates,
  "2026-12-01T1000-trash": trash,
  "2026-12-01T1130-event-search": eventSearch,
  "2026-12-01T1300-event-timeline": eventTimeline,
  "2026-12-02T0900-draft-edits": draftEdits,
  "2026-12-02T1000-contact-register": contactRegister,
  "2026-12-02T1100-company-register": companyRegister,
  "2026-12-03T0900-contact-organization": contactOrganization,
  "2026-12-03T1200-company-watch": companyWatch,
  "2026-12-03T1300-user-words": userWords,
  "2026-12-03T1500-hosted-accounts": hostedAccounts,
  "2026-12-03T1600-client-writes": clientWrites,
  "2026-12-04T0900-row-level-security": rowLevelSecurity,
  "2026-12-04T1100-passkeys": passkeys,
  "2026-12-04T1200-open-actions-by-due": openActionsByDue,
  "2026-12-04T1300-draft-channel": draftChannel,
  "2026-12-04T1400-news-picks": newsPicks,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
