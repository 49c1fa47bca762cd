import { listAudit } from "../../store/repositories/audit-log.repository.js";
import type { UseCaseContext } from "../context.js";

export interface AuditView {
  event: string;
  outcome: "ok" | "refused";
  at: string;
  ipAddress: string | null;
  userAgent: string | null;
}

/** The account's sign-ins and account changes, newest first (the last 100). */
export async function listAuditLog(ctx: UseCaseContext): Promise<AuditView[]> {
  const rows = await listAudit(ctx.db, ctx.accountId);
  return rows.map(({ event, outcome, at, ipAddress, userAgent }) => ({
    event,
    outcome,
    at,
    ipAddress,
    userAgent,
  }));
}
