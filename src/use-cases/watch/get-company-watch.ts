import { z } from "zod";
import { latestFirst } from "../../core/watch/latest-first.js";
import { sharedRoleWords } from "../../core/watch/matches-role.js";
import { describeNewPostings, newPostingsSince } from "../../core/watch/new-postings-since.js";
import type { WatchItem, WatchSource } from "../../core/watch/watch-records.js";
import { listWatchItems, listWatchSources } from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { parseInput } from "../parse-input.js";
import { text } from "../schemas.js";
import { findWatchedCompany } from "./find-watched-company.js";
import { loadWatchWindow } from "./load-watch-window.js";

export const getCompanyWatchInput = z.object({ company: text(200) });
export type GetCompanyWatchInput = z.input<typeof getCompanyWatchInput>;

export interface WatchPosting extends WatchItem {
  /** Posted (or first seen) since the interview. */
  isNew: boolean;
  /** The words of the role applied for that its title shares: a match when any (R20). */
  roleWords: string[];
}

export interface CompanyWatch {
  companyId: string;
  companyName: string;
  /** Polled now: from the interview until the decision and R17's long-range check-in. */
  watching: boolean;
  sources: WatchSource[];
  /** Open positions not dismissed, newest first. */
  postings: WatchPosting[];
  /** The latest news not dismissed (at most 10). */
  news: WatchItem[];
  /** "Acme posted 2 new positions since your interview on 20 Nov.", or null. */
  summary: string | null;
  /** The interview `summary` counts from. */
  since: string | null;
}

const NEWS_SHOWN = 10;

/** What the watch found for a company: its sources with their status, postings and news (R20). */
export async function getCompanyWatch(
  ctx: UseCaseContext,
  raw: GetCompanyWatchInput,
): Promise<CompanyWatch> {
  const input = parseInput(getCompanyWatchInput, raw);
  const company = await findWatchedCompany(ctx, input.company);
  const window = await loadWatchWindow(ctx, company.id);
  const sources = await listWatchSources(ctx.db, ctx.accountId, company.id);
  const items = await listWatchItems(ctx.db, ctx.accountId, company.id);
  const since = window.lastInterview?.startsAt ?? null;
  const fresh = new Set(since === null ? [] : newPostingsSince(items, since).map((i) => i.id));
  const roles = window.applications.map((a) => a.role);
  const postings = latestFirst(
    items.filter((i) => i.kind === "posting" && i.dismissedAt === null),
  ).map((i) => ({
    ...i,
    isNew: fresh.has(i.id),
    roleWords: [...new Set(roles.flatMap((role) => sharedRoleWords(i.title, role)))],
  }));
  const news = latestFirst(items.filter((i) => i.kind === "news" && i.dismissedAt === null)).slice(
    0,
    NEWS_SHOWN,
  );
  return {
    companyId: company.id,
    companyName: company.name,
    watching: window.open,
    sources,
    postings,
    news,
    summary:
      window.lastInterview === null
        ? null
        : describeNewPostings(
            company.name,
            fresh.size,
            window.lastInterview.startsAt,
            window.lastInterview.timeZone,
          ),
    since,
  };
}
