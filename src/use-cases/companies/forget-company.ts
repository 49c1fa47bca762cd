import { z } from "zod";
import { AppError, notFound } from "../../errors/app-error.js";
import { deleteClientWritesOf } from "../../store/repositories/client-write.repository.js";
import { getCompany } from "../../store/repositories/company.repository.js";
import {
  type CompanyRecordCounts,
  countCompanyRecords,
  deleteCompanyRecords,
} from "../../store/repositories/company-records.repository.js";
import { lockCompanyPlan } from "../../store/repositories/lock.repository.js";
import { listTrash, removeFromTrash } from "../../store/repositories/trash.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { optionalText, text } from "../schemas.js";

export const forgetCompanyInput = z.object({
  companyId: text(40),
  /** The company's name, typed again: forgetting cannot be undone. */
  confirm: optionalText(200),
});
export type ForgetCompanyInput = z.input<typeof forgetCompanyInput>;

export interface ForgottenCompany {
  name: string;
  removed: CompanyRecordCounts;
}

/**
 * "Forget this company": everything about it goes for good — interviews, people, notes, mail,
 * events, the plan, queued messages — from the store and the search index, with nothing kept in
 * the trash. Without the company's name as confirmation it says what would go, and changes nothing.
 */
export async function forgetCompany(
  ctx: UseCaseContext,
  raw: ForgetCompanyInput,
): Promise<ForgottenCompany> {
  const input = parseInput(forgetCompanyInput, raw);
  return inTransaction(ctx, async (tx) => {
    const company = await getCompany(tx.db, tx.accountId, input.companyId);
    if (!company) throw notFound("company", "companyId");
    await lockCompanyPlan(tx.db, tx.accountId, company.id);
    const removed = await countCompanyRecords(tx.db, tx.accountId, company.id);
    if (input.confirm !== company.name)
      throw new AppError(
        "CONFLICT",
        `Forgetting ${company.name} removes, for good: ${describe(removed)}. Type the company's name to confirm.`,
        { field: "confirm", accepted: company.name },
      );
    const gone = await deleteCompanyRecords(tx.db, tx.accountId, company.id);
    const interviews = new Set(gone.interviews);
    const applications = new Set(gone.applications);
    // Deleted records of the company wait in the trash too; a message may name only its application.
    const trashed: string[] = [];
    for (const entry of await listTrash(tx.db, tx.accountId)) {
      const { record } = entry;
      const applicationId = "applicationId" in record ? record.applicationId : null;
      if (interviews.has(record.interviewId ?? "") || applications.has(applicationId ?? "")) {
        await removeFromTrash(tx.db, tx.accountId, entry.id);
        trashed.push(entry.id);
      }
    }
    await deleteClientWritesOf(tx.db, tx.accountId, trashed);
    return { name: company.name, removed };
  });
}

function describe(c: CompanyRecordCounts): string {
  const parts = [
    [c.interviews, "interview"],
    [c.contacts, "person", "people"],
    [c.notes, "note"],
    [c.events, "event"],
    [c.correspondence, "message"],
    [c.actions, "follow-up"],
    [c.watchSources, "watched source"],
    [c.watchItems, "posting or news item", "postings and news items"],
  ] as const;
  const said = parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : (many ?? `${one}s`)}`);
  return said.length ? said.join(", ") : "the company itself, which holds nothing else";
}
