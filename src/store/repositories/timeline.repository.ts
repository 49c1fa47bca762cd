import type { Kysely } from "kysely";
import type { Interview } from "../../core/domain/types.js";
import type { Database } from "../schema.js";
import { toInterview } from "./interview.repository.js";

/** The interviews of one application, oldest first: the spine of its timeline (R25). */
export async function listInterviewsOfApplication(
  db: Kysely<Database>,
  accountId: string,
  applicationId: string,
): Promise<Interview[]> {
  const rows = await db
    .selectFrom("interviews")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("applicationId", "=", applicationId)
    .orderBy("startsAt")
    .orderBy("id")
    .execute();
  return rows.map(toInterview);
}
