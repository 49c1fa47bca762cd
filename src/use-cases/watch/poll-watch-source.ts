import { createHash } from "node:crypto";
import { z } from "zod";
import { parseBoardResponse } from "../../core/watch/parse-board-response.js";
import { parseNewsFeed } from "../../core/watch/parse-feed.js";
import { type PollResult, planNextPoll } from "../../core/watch/plan-next-poll.js";
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

  const accept =
    source.kind === "board"
      ? "application/json"
      : "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5";
  const fetched = await safeFetch(
    source.url,
    { etag: source.etag, lastModified: source.lastModified },
    policy,
    accept,
  );
  let result: PollResult;
  let found: Found[] | null = null;
  let title = source.title;
  let validators = { etag: source.etag, lastModified: source.lastModified };
  if (fetched.kind === "refused") result = { kind: "refused", reason: fetched.reason };
  else if (fetched.kind === "failed")
    result = {
      kind: "failed",
      reason: fetched.reason,
      retryAfterSeconds: fetched.retryAfterSeconds,
    };
  else if (fetched.kind === "not-modified") result = { kind: "ok" };
  else {
    const read = readItems(source, fetched.body, fetched.contentType, fetched.finalUrl);
    if (read.ok) {
      result = { kind: "ok" };
      found = read.items;
      title = read.title ?? title;
      validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    } else
      result = read.retry
        ? { kind: "failed", reason: read.problem, retryAfterSeconds: null }
        : { kind: "refused", reason: read.problem };
  }

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

type Read =
  | { ok: true; items: Found[]; title: string | null }
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
