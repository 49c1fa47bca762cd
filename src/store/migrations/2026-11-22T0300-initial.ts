import type { Kysely } from "kysely";

// The first schema. Every row carries account_id so the hosted multi-user mode needs no reshaping.
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("profiles")
    .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id"))
    .addColumn("name", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("postal_address", "text")
    .addColumn("signature", "text")
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("region", "text")
    .addColumn("strengths", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("send_card", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("linked_in", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("summary_letter", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_unanswered", "integer", (c) => c.notNull().defaultTo(3))
    .addColumn("assumed_timeline_days", "integer", (c) => c.notNull().defaultTo(10))
    .addColumn("updated_at", "text")
    .execute();

  await db.schema
    .createTable("companies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("website", "text")
    .addColumn("country", "text")
    .addColumn("region", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("companies_account_name", ["account_id", "name"])
    .execute();

  await db.schema
    .createTable("applications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("posting_url", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("interviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("application_id", "text", (c) => c.notNull().references("applications.id"))
    .addColumn("round", "integer", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("location", "text")
    .addColumn("timeline_text", "text")
    .addColumn("timeline_date", "text")
    .addColumn("next_step", "text")
    .addColumn("feeling", "text")
    .addColumn("country", "text")
    .addColumn("region", "text")
    .addColumn("send_card", "integer")
    .addColumn("summary_letter", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("interviews_account_starts")
    .on("interviews")
    .columns(["account_id", "starts_at"])
    .execute();

  await db.schema
    .createTable("contacts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("linkedin_url", "text")
    .addColumn("postal_address", "text")
    .addColumn("preferred_channel", "text")
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("agreed_to_connect", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("time_zone", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("participations")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("interview_id", "text", (c) => c.notNull().references("interviews.id"))
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id"))
    .addColumn("seat", "integer", (c) => c.notNull())
    .addColumn("follow_up_on", "text")
    .addColumn("follow_up_via", "text")
    .addPrimaryKeyConstraint("participations_pk", ["interview_id", "contact_id"])
    .execute();
  await db.schema
    .createIndex("participations_contact")
    .on("participations")
    .column("contact_id")
    .execute();

  await db.schema
    .createTable("notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("interview_id", "text", (c) => c.notNull().references("interviews.id"))
    .addColumn("contact_id", "text", (c) => c.references("contacts.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("notes_interview").on("notes").column("interview_id").execute();

  await db.schema
    .createTable("correspondence")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("application_id", "text", (c) => c.references("applications.id"))
    .addColumn("interview_id", "text", (c) => c.references("interviews.id"))
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("subject", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("message_id", "text")
    .addColumn("thread_id", "text")
    .addColumn("in_reply_to", "text")
    .addColumn("action_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("correspondence_application")
    .on("correspondence")
    .columns(["application_id", "occurred_at"])
    .execute();

  await db.schema
    .createTable("correspondence_contacts")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("correspondence_id", "text", (c) => c.notNull().references("correspondence.id"))
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id"))
    .addPrimaryKeyConstraint("correspondence_contacts_pk", ["correspondence_id", "contact_id"])
    .execute();

  await db.schema
    .createTable("events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("interview_id", "text", (c) => c.notNull().references("interviews.id"))
    .addColumn("contact_id", "text", (c) => c.references("contacts.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("next_interview_id", "text", (c) => c.references("interviews.id"))
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_interview").on("events").column("interview_id").execute();

  await db.schema
    .createTable("actions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id"))
    .addColumn("interview_id", "text", (c) => c.notNull().references("interviews.id"))
    .addColumn("contact_id", "text", (c) => c.references("contacts.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("window_due", "text", (c) => c.notNull())
    .addColumn("window_late", "text", (c) => c.notNull())
    .addColumn("window_overdue", "text", (c) => c.notNull())
    .addColumn("rules", "text", (c) => c.notNull())
    .addColumn("why", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("snoozed_until", "text")
    .addColumn("done_at", "text")
    .addColumn("skip_reason", "text")
    .addColumn("correspondence_id", "text", (c) => c.references("correspondence.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("actions_account_status_due")
    .on("actions")
    .columns(["account_id", "status", "due_at"])
    .execute();
  await db.schema.createIndex("actions_interview").on("actions").column("interview_id").execute();
}
