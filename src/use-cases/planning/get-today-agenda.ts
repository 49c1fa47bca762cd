import {
  type AgendaItem,
  countOpenActionsInSpans,
  type DueSpan,
  listAgendaItems,
} from "../../store/repositories/agenda.repository.js";
import type { UseCaseContext } from "../context.js";
import { agendaBounds } from "./agenda-bounds.js";

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
 */
export async function getTodayAgenda(
  ctx: UseCaseContext,
  query: TodayAgendaQuery = {},
): Promise<TodayAgenda> {
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
  return agenda;
}
