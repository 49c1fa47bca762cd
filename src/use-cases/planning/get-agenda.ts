import {
  type AgendaRow,
  listOpenActionsDueBefore,
} from "../../store/repositories/action.repository.js";
import type { UseCaseContext } from "../context.js";
import { agendaBounds } from "./agenda-bounds.js";

export interface Agenda {
  /** The user's local date the agenda was made for. */
  today: string;
  overdue: AgendaRow[];
  dueToday: AgendaRow[];
  upcoming: AgendaRow[];
}

/**
 * What is overdue, due today and due in the next 14 days, across everything, each follow-up
 * whole (R26): for the CLI and the morning digest. Today's screen reads getTodayAgenda.
 */
export async function getAgenda(ctx: UseCaseContext, days = 14): Promise<Agenda> {
  const { today, startOfToday, startOfTomorrow, horizon } = await agendaBounds(ctx, days);
  const rows = await listOpenActionsDueBefore(ctx.db, ctx.accountId, horizon);
  const agenda: Agenda = { today, overdue: [], dueToday: [], upcoming: [] };
  for (const row of rows) {
    const due = new Date(row.action.window.due).toISOString();
    if (due < startOfToday) agenda.overdue.push(row);
    else if (due < startOfTomorrow) agenda.dueToday.push(row);
    else agenda.upcoming.push(row);
  }
  return agenda;
}
