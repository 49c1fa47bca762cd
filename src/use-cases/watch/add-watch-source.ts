import { z } from "zod";
import { recogniseSource } from "../../core/watch/recognise-source.js";
import { MAX_SOURCES_PER_ACCOUNT } from "../../core/watch/watch-limits.js";
import type { WatchSource } from "../../core/watch/watch-records.js";
import type { FetchPolicy } from "../../delivery/web/fetch-policy.js";
import { AppError } from "../../errors/app-error.js";
import { newId } from "../../shared/new-id.js";
import {
  countWatchSources,
  findWatchSourceByUrl,
  insertWatchSources,
} from "../../store/repositories/watch.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { text } from "../schemas.js";
import { findWatchedCompany } from "./find-watched-company.js";
import { type PollOutcome, pollWatchSource } from "./poll-watch-source.js";

export const addWatchSourceInput = z.object({
  /** The company's id (co_…) or its name as recorded. */
  company: text(200),
  /** A careers page (recognised as a Greenhouse, Lever, Ashby, Workable, SmartRecruiters or Recruitee board) or a news feed. */
  url: text(2000),
});
export type AddWatchSourceInput = z.input<typeof addWatchSourceInput>;

/**
 * Watches a careers board or a news feed for a company (R20). A careers-page URL is recognised as
 * its provider's board and read through the provider's public postings API; anything else is
 * read as a feed. With a fetch policy, the source is read once right away, so an unknown board or
 * a web page given as a feed shows on the source at once.
 */
export async function addWatchSource(
  ctx: UseCaseContext,
  raw: AddWatchSourceInput,
  policy: FetchPolicy | null,
): Promise<PollOutcome> {
  const input = parseInput(addWatchSourceInput, raw);
  const company = await findWatchedCompany(ctx, input.company);
  const ref = recogniseSource(input.url);
  const url = ref.kind === "board" ? ref.apiUrl : ref.url;
  const source = await inTransaction(ctx, async (tx) => {
    const existing = await findWatchSourceByUrl(tx.db, tx.accountId, company.id, url);
    if (existing)
      throw new AppError(
        "CONFLICT",
        `${company.name} already has this source watched (${existing.inputUrl}).`,
        {
          field: "url",
          accepted: "a board or feed not yet watched for this company",
        },
      );
    // A server runs the watch for many people: one account's sources are bounded.
    if ((await countWatchSources(tx.db, tx.accountId)) >= MAX_SOURCES_PER_ACCOUNT)
      throw new AppError(
        "INVALID_INPUT",
        `An account watches at most ${MAX_SOURCES_PER_ACCOUNT} careers boards and news feeds; stop watching one to add ${input.url}.`,
        { field: "url", accepted: `at most ${MAX_SOURCES_PER_ACCOUNT} sources per account` },
      );
    const now = tx.now();
    const added: WatchSource = {
      id: newId("ws"),
      companyId: company.id,
      kind: ref.kind,
      provider: ref.kind === "board" ? ref.provider : null,
      token: ref.kind === "board" ? ref.token : null,
      url,
      inputUrl: input.url,
      title: null,
      status: "pending",
      statusReason: null,
      failures: 0,
      etag: null,
      lastModified: null,
      lastCheckedAt: null,
      nextCheckAt: now,
      createdAt: now,
    };
    await insertWatchSources(tx.db, tx.accountId, [added]);
    return added;
  });
  if (policy === null) return { source, found: 0, added: 0 };
  return pollWatchSource(ctx, { sourceId: source.id }, policy);
}
