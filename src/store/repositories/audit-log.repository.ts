import type { Kysely } from "kysely";
import { newId } from "../../shared/new-id.js";
import type { AuditLogTable, Database } from "../schema.js";

export type AuditEntry = Omit<AuditLogTable, "id">;

/** One sign-in, sign-out or account change, refused ones too. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("auditLog")
    .values({ id: newId("au"), ...entry })
    .execute();
}

/** The account's own entries, newest first. */
export async function listAudit(
  db: Kysely<Database>,
  accountId: string,
  limit = 100,
): Promise<AuditLogTable[]> {
  return db
    .selectFrom("auditLog")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
