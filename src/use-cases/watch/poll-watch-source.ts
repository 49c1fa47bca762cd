import { createHash } from "node:crypto";
import { z } from "zod";
import { type BoardPage, boardPageUrl, nextBoardPage } from "../../core/watch/board-pages.js";
import { parseBoardResponse } from "../../core/watch/parse-board-response.js";
import { parseNewsFeed } from "../../core/watch/parse-feed.js";
import { type PollResult, planNextPoll } from "../../core/watch/plan-next-poll.js";
import { MAX_ITEMS_PER_RESPONSE } from "../../core/watch/watch-limits.js";
import type { WatchItem, WatchSource } from "../../core/watch/watch-records.js";
import type { FetchPolicy } from "../../delivery/web/fetch-policy.js";
import { safeFetch } from "../../delivery/web/safe-fetch.js";
import { notFound } from "../../errors/app-error.js";
import { newId } from "../../shared/new-id.js";
import {
  getWatchSource,
  insertWatchItems,
  knownItemKeys,
  saveWatchSourceState,
  touchWatchItems,
} from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { id } from "../schemas.js";

export const pollWatchSourceInput = z.object({ sourceId: id("ws") });
export type PollWatchSourceInput = z.input<typeof pollWatchSourceInput>;

export interface PollOutcome {
  source: WatchSource;
  /** Items the source holds now (0 when unchanged since the last read: a 304). */
  found: number;
  /** Items not seen before. */
  added: number;
}

type Found = Omit<
  WatchItem,
  "id" | "companyId" | "sourceId" | "firstSeenAt" | "lastSeenAt" | "dismissedAt"
>;

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * "Poll this source now" (R20): one read of one source, and its outcome on record. Idempotent,
 * so a worker, a job queue or the user may run it at any time, twice or at once: items are kept
 * by the hash of their board id or GUID/URL (a second read of the same answer adds nothing, a
 * dismissed item's row stays and keeps it dismissed), and the state written is the one read.
 * The network read happens outside any transaction; a source removed meanwhile is left alone.
 */
export async function pollWatchSource(
  ctx: UseCaseContext,
  raw: PollWatchSourceInput,
  policy: FetchPolicy,
): Promise<PollOutcome> {
  const { sourceId } = parseInput(pollWatchSourceInput, raw);
  const source = await getWatchSource(ctx.db, ctx.accountId, sourceId);
  if (!source) throw notFound("watched source", "sourceId");

  const { result, found, title, validators } = await readSource(source, policy);

  return inTransaction(ctx, async (tx) => {
    const current = await getWatchSource(tx.db, tx.accountId, sourceId);
    if (!current) throw notFound("watched source", "sourceId");
    const now = tx.now();
    let added = 0;
    if (found !== null) {
      const known = await knownItemKeys(tx.db, tx.accountId, sourceId);
      const fresh = found.filter((f) => !known.has(f.itemKey));
      await touchWatchItems(
        tx.db,
        tx.accountId,
        sourceId,
        found.filter((f) => known.has(f.itemKey)).map((f) => f.itemKey),
        now,
      );
      await insertWatchItems(
        tx.db,
        tx.accountId,
        fresh.map((f) => ({
          ...f,
          id: newId("wi"),
          companyId: current.companyId,
          sourceId,
          firstSeenAt: now,
          lastSeenAt: now,
          dismissedAt: null,
        })),
      );
      added = fresh.length;
    }
    const next = planNextPoll(current.failures, result, now);
    const state = { ...next, ...validators, title, lastCheckedAt: now };
    await saveWatchSourceState(tx.db, tx.accountId, sourceId, state);
    return { source: { ...current, ...state }, found: found?.length ?? 0, added };
  });
}

interface SourceRead {
  result: PollResult;
  /** What the source holds now; null when unchanged (a 304) or not read. */
  found: Found[] | null;
  title: string | null;
  validators: { etag: string | null; lastModified: string | null };
}

/**
 * One read of a source over the network: a feed's one answer, or a board's pages in turn (the
 * first conditional, the rest followed while the board says there are more, up to the cap).
 */
async function readSource(source: WatchSource, policy: FetchPolicy): Promise<SourceRead> {
  const unchanged = { etag: source.etag, lastModified: source.lastModified };
  const accept =
    source.kind === "board"
      ? "application/json"
      : "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5";
  const pageUrl = (page: number) =>
    source.kind === "board" && source.provider !== null
      ? boardPageUrl(source.provider, source.url, page)
      : source.url;
  const items = new Map<string, Found>();
  let first: { title: string | null; validators: SourceRead["validators"] } | null = null;
  for (let page: number | null = 0; page !== null; ) {
    const fetched = await safeFetch(
      pageUrl(page),
      page === 0 ? unchanged : { etag: null, lastModified: null },
      policy,
      accept,
    );
    const failed = (result: PollResult): SourceRead => ({
      result,
      found: null,
      title: source.title,
      validators: unchanged,
    });
    // A later page that fails fails the read: what was on the first pages is read again next time.
    const where = page === 0 ? "" : `Page ${page + 1} of the board: `;
    if (fetched.kind === "refused")
      return failed({ kind: "refused", reason: `${where}${fetched.reason}` });
    if (fetched.kind === "failed")
      return failed({
        kind: "failed",
        reason: `${where}${fetched.reason}`,
        retryAfterSeconds: fetched.retryAfterSeconds,
      });
    if (fetched.kind === "not-modified")
      return { result: { kind: "ok" }, found: null, title: source.title, validators: unchanged };
    const read = readItems(source, fetched.body, fetched.contentType, fetched.finalUrl);
    if (!read.ok)
      return failed(
        read.retry
          ? { kind: "failed", reason: `${where}${read.problem}`, retryAfterSeconds: null }
          : { kind: "refused", reason: `${where}${read.problem}` },
      );
    for (const item of read.items)
      if (!items.has(item.itemKey) && items.size < MAX_ITEMS_PER_RESPONSE)
        items.set(item.itemKey, item);
    first ??= {
      title: read.title,
      validators: { etag: fetched.etag, lastModified: fetched.lastModified },
    };
    page =
      source.kind === "board" && source.provider !== null && read.page !== null
        ? nextBoardPage(source.provider, page, read.page).next
        : null;
  }
  return {
    result: { kind: "ok" },
    found: [...items.values()],
    title: first?.title ?? source.title,
    validators: first?.validators ?? unchanged,
  };
}

type Read =
  | { ok: true; items: Found[]; title: string | null; page: BoardPage | null }
  | { ok: false; problem: string; retry: boolean };

function readItems(
  source: WatchSource,
  body: Uint8Array,
  contentType: string | null,
  url: string,
): Read {
  if (source.kind === "board" && source.provider !== null && source.token !== null) {
    const { provider, token } = source;
    const out = parseBoardResponse(provider, token, new TextDecoder().decode(body));
    if (!out.ok) return { ok: false, problem: out.problem, retry: true };
    return {
      ok: true,
      title: null,
      page: out.page,
      items: out.postings.map((p) => ({
        kind: "posting",
        itemKey: hash(`posting\n${provider}\n${token}\n${p.boardId}`),
        title: p.title,
        url: p.url,
        location: p.location,
        department: p.department,
        summary: null,
        publishedAt: p.postedAt,
      })),
    };
  }
  const out = parseNewsFeed(body, contentType, url);
  // A web page stays a web page: reading it again will not make it a feed.
  if (!out.ok) return { ok: false, problem: out.problem, retry: out.feedLink === undefined };
  return {
    ok: true,
    title: out.title,
    page: null,
    items: out.items.map((n) => ({
      kind: "news",
      itemKey: hash(`news\n${n.key}`),
      title: n.title,
      url: n.url,
      location: null,
      department: null,
      summary: n.summary,
      publishedAt: n.publishedAt,
    })),
  };
}
