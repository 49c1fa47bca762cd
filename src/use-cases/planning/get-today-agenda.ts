import {
  type AgendaItem,
  countOpenActionsInSpans,
  type DueSpan,
  listAgendaItems,
} from "../../store/repositories/agenda.repository.js";
import { readStoreVersion } from "../../store/repositories/store-version.repository.js";
import type { UseCaseContext } from "../context.js";
import { type AgendaBounds, agendaBounds } from "./agenda-bounds.js";

export const AGENDA_GROUPS = ["overdue", "dueToday", "upcoming"] as const;
export type AgendaGroup = (typeof AGENDA_GROUPS)[number];

export interface TodayAgendaQuery {
  /** Days ahead shown as upcoming (1–90); 14 by default. */
  days?: number;
  /** At most this many follow-ups per group; every one when absent. */
  limit?: number;
  /** Only this group, from `offset` on: the next page of a long group. */
  group?: AgendaGroup;
  offset?: number;
}

export interface TodayAgenda {
  /** The user's local date the agenda was made for. */
  today: string;
  /** How many follow-ups each group holds in all, whatever the page. */
  counts: Record<AgendaGroup, number>;
  overdue: AgendaItem[];
  dueToday: AgendaItem[];
  upcoming: AgendaItem[];
}

/**
 * Today (R26): the groups and their counts first, then a page of each group with only what the
 * screen shows of a follow-up (its why and rules included: each card shows them). The database
 * counts and splits by the due instant it stores; a long group pages in with `group`/`offset`.
 * An agenda read before is answered again while nothing was written since (`readStoreVersion`):
 * the object is shared by every caller that gets it, so it is read, never changed.
 */
export async function getTodayAgenda(
  ctx: UseCaseContext,
  query: TodayAgendaQuery = {},
): Promise<TodayAgenda> {
  // Inside a transaction the store may hold this transaction's own writes: never kept.
  if (ctx.db.isTransaction) return (await readTodayAgenda(ctx, query)).agenda;
  const version = await readStoreVersion(ctx.db);
  const kept = keptAgendas(ctx);
  const key = [ctx.accountId, query.days, query.limit, query.group, query.offset].join("\n");
  const hit = kept.get(key);
  const nowMs = Date.parse(ctx.now());
  if (hit && hit.version === version && nowMs >= hit.fromMs && nowMs < hit.untilMs) {
    kept.delete(key);
    kept.set(key, hit);
    return hit.agenda;
  }
  const { agenda, bounds } = await readTodayAgenda(ctx, query);
  // Kept only when no write came in while it was read, so it is the store at `version` whole.
  if ((await readStoreVersion(ctx.db)) === version) {
    kept.delete(key);
    kept.set(key, {
      version,
      fromMs: Date.parse(bounds.startOfToday),
      untilMs: Date.parse(bounds.startOfTomorrow),
      agenda,
    });
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
  }
  return agenda;
}

/**
 * The agendas last read, per store, by account and query: each is reused while the store's
 * version is the one it was read at and the user's day is the same (the profile's time zone is
 * in the store, so a new zone is a new version). The oldest goes first beyond MAX_KEPT, so no
 * query, however varied, makes the process hold more.
 */
interface KeptAgenda {
  version: string;
  fromMs: number;
  untilMs: number;
  agenda: TodayAgenda;
}
const MAX_KEPT = 256;
const keptByStore = new WeakMap<object, Map<string, KeptAgenda>>();

function keptAgendas(ctx: UseCaseContext): Map<string, KeptAgenda> {
  let kept = keptByStore.get(ctx.db);
  if (!kept) {
    kept = new Map();
    keptByStore.set(ctx.db, kept);
  }
  return kept;
}

async function readTodayAgenda(
  ctx: UseCaseContext,
  query: TodayAgendaQuery,
): Promise<{ agenda: TodayAgenda; bounds: AgendaBounds }> {
  const bounds = await agendaBounds(ctx, query.days ?? 14);
  const spans: Record<AgendaGroup, DueSpan> = {
    overdue: { from: null, until: bounds.startOfToday },
    dueToday: { from: bounds.startOfToday, until: bounds.startOfTomorrow },
    upcoming: { from: bounds.startOfTomorrow, until: bounds.horizon },
  };
  const counts = await countOpenActionsInSpans(ctx.db, ctx.accountId, spans);
  const agenda: TodayAgenda = {
    today: bounds.today,
    counts,
    overdue: [],
    dueToday: [],
    upcoming: [],
  };
  const offset = query.group ? (query.offset ?? 0) : 0;
  for (const group of query.group ? [query.group] : AGENDA_GROUPS) {
    if (counts[group] <= offset) continue;
    agenda[group] = await listAgendaItems(ctx.db, ctx.accountId, spans[group], {
      offset,
      limit: query.limit ?? null,
    });
  }
  return { agenda, bounds };
}
