import { TODAY_PAGE_SIZE } from "../../client/inlined-data.js";
import {
  APP_NAV,
  channelLabel,
  groupHeadingId,
  kindLabel,
  localDateLabel,
  TODAY_GROUPS,
} from "../../client/today-words.js";
import { withoutSources } from "../../core/planner/without-sources.js";
import type { AgendaItem } from "../../store/repositories/agenda.repository.js";
import type { TodayAgenda } from "../../use-cases/planning/get-today-agenda.js";

// Today's first screen as plain HTML inside the app's root (R26): the first cards are drawn by the
// browser from the first response, before any script, and the React app replaces them with the
// same markup once it runs (createRoot empties its container). Every piece of text goes through
// escapeHtml: a name, role or note is never markup. The buttons are disabled until the app runs,
// since until then they could do nothing; "Open draft" and the navigation are plain links.

const EMPTY_ROOT = '<div id="root"></div>';
const OPEN_ROOT = '<div id="root">';

/** The page with `inner` inside its empty root; unchanged when the page has no such root. */
export function withRenderedRoot(html: string, inner: string): string {
  const at = html.indexOf(EMPTY_ROOT);
  if (at < 0) return html;
  const end = at + OPEN_ROOT.length;
  // Sliced, not String.replace: a `$&` in the user's text must stay as it is.
  return html.slice(0, end) + inner + html.slice(end);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

/**
 * The locale the browser will format dates in, from Accept-Language's first tag (what
 * `navigator.language` reports), so the server's dates read as the app's; "en-US" without one.
 */
export function localeOf(acceptLanguage: string | undefined): string {
  const first = acceptLanguage?.split(",")[0]?.split(";")[0]?.trim() ?? "";
  if (first === "" || first === "*" || first.length > 35) return "en-US";
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([first])[0] ?? "en-US";
  } catch {
    return "en-US";
  }
}

/** The app's header and Today's screen with the first page of each group, as the app draws them. */
export function renderTodayHtml(agenda: TodayAgenda, locale: string): string {
  const date = (d: string) => escapeHtml(localDateLabel(d, locale));
  const nav = APP_NAV.map(
    ([href, label]) =>
      `<li><a href="${href}"${href === "/" ? ' aria-current="page"' : ""}>${label}</a></li>`,
  ).join("");
  const { counts } = agenda;
  const empty = counts.overdue + counts.dueToday + counts.upcoming === 0;
  const groups = TODAY_GROUPS.map(([group, title]) => {
    const total = counts[group];
    if (total === 0) return "";
    const rows = agenda[group];
    const id = groupHeadingId(title);
    const left = total - rows.length;
    const more =
      left > 0
        ? `<p><button type="button" disabled="">Show ${Math.min(left, TODAY_PAGE_SIZE)} more<span class="visually-hidden"> ${title.toLowerCase()}</span> (${left} left)</button></p>`
        : "";
    return `<section aria-labelledby="${id}" class="${group === "overdue" ? "group urgent" : "group"}"><h2 id="${id}">${title} <span class="count">(${total})</span></h2><ul class="list">${rows.map((row) => card(row, date)).join("")}</ul>${more}</section>`;
  }).join("");
  const nothing = empty
    ? '<div class="card"><p>Nothing is due. Well done.</p><p>Just out of an interview? <a href="/capture">Capture it</a> and the follow-ups are planned for you.</p></div>'
    : "";
  return `<a class="skip" href="#main">Skip to content</a><header class="top"><a href="/" class="brand">followthrough</a><nav aria-label="Main"><ul>${nav}</ul></nav></header><main id="main" tabindex="-1"><section aria-labelledby="today-title"><h1 id="today-title">Today<span class="muted"> · ${date(agenda.today)}</span></h1><p class="status" role="status" aria-live="polite"></p>${nothing}${groups}</section></main>`;
}

/** One card, as web/src/components/action-item.tsx draws it before anything is opened. */
function card(row: AgendaItem, date: (d: string) => string): string {
  const { action } = row;
  const title = escapeHtml(`${kindLabel(action.kind)} — ${row.contactName ?? row.companyName}`);
  const id = escapeHtml(action.id);
  const due = date(action.snoozedUntil ?? action.dueDate);
  const meta = `${escapeHtml(row.companyName)} · ${escapeHtml(row.role)} · by ${escapeHtml(channelLabel(action.channel))} · due ${due}${action.snoozedUntil ? " (snoozed)" : ""}`;
  const why = `<span class="visually-hidden">Why: </span>${escapeHtml(withoutSources(action.why))} <span class="rules">(${escapeHtml(action.rules.join(", "))})</span>`;
  const button = (label: string, expanded: boolean) =>
    `<button type="button" disabled=""${expanded ? ' aria-expanded="false"' : ""}>${label}<span class="visually-hidden">: ${title}</span></button>`;
  return `<li class="card action" data-action-id="${id}"><h3>${title}</h3><p class="meta">${meta}</p><p class="why">${why}</p><div class="buttons"><a href="/actions/${escapeHtml(encodeURIComponent(action.id))}/draft" class="button primary">Open draft<span class="visually-hidden"> of ${title}</span></a>${button("Mark done", false)}${button("Snooze", true)}${button("Skip", true)}</div></li>`;
}
