import { listAccountSessions } from "../../store/repositories/auth-account.repository.js";
import type { UseCaseContext } from "../context.js";

export interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ipAddress: string | null;
  userAgent: string | null;
  /** The session this request was made with. */
  current: boolean;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** The signed-in account's sessions, newest first, the current one marked. */
export async function listSessions(
  ctx: UseCaseContext,
  currentTokenDigest: string | null,
): Promise<SessionView[]> {
  const now = Date.parse(ctx.now());
  const rows = await listAccountSessions(ctx.db, ctx.accountId);
  return rows
    .filter((r) => new Date(r.expiresAt).getTime() > now)
    .map((r) => ({
      id: r.id,
      createdAt: iso(r.createdAt),
      lastSeenAt: iso(r.updatedAt),
      expiresAt: iso(r.expiresAt),
      ipAddress: r.ipAddress,
      userAgent: r.userAgent,
      current: r.token === currentTokenDigest,
    }));
}
