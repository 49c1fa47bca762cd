import { DateTime } from "luxon";
import {
  type AgendaRow,
  listOpenActionsDueBefore,
} from "../../store/repositories/action.repository.js";
import type { UseCaseContext } from "../context.js";
import { getProfile } from "../profile/get-profile.js";

export interface Agenda {
  /** The user's local date the agenda was made for. */
  today: string;
  overdue: AgendaRow[];
  dueToday: AgendaRow[];
  upcoming: AgendaRow[];
}

/** What is overdue, due today and due in the next 14 days, across everything (R26). */
export async function getAgenda(ctx: UseCaseContext, days = 14): Promise<Agenda> {
  const profile = await getProfile(ctx);
  const now = DateTime.fromISO(ctx.now(), { zone: profile.timeZone });
  const startOfToday = now.startOf("day").toUTC().toISO() as string;
  const startOfTomorrow = now.startOf("day").plus({ days: 1 }).toUTC().toISO() as string;
  const horizon = now
    .startOf("day")
    .plus({ days: days + 1 })
    .toUTC()
    .toISO() as string;
  const rows = await listOpenActionsDueBefore(ctx.db, ctx.accountId, horizon);
  const agenda: Agenda = {
    today: now.toISODate() as string,
    overdue: [],
    dueToday: [],
    upcoming: [],
  };
  for (const row of rows) {
    const due = new Date(row.action.window.due).toISOString();
    if (due < startOfToday) agenda.overdue.push(row);
    else if (due < startOfTomorrow) agenda.dueToday.push(row);
    else agenda.upcoming.push(row);
  }
  return agenda;
}
