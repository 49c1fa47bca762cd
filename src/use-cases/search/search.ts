import { z } from "zod";
import { invalidInput } from "../../errors/app-error.js";
import { type SearchRow, searchRecords } from "../../store/repositories/search.repository.js";
import type { UseCaseContext } from "../context.js";
import { parseInput } from "../parse-input.js";
import { text } from "../schemas.js";
import { toFtsQuery } from "./to-fts-query.js";

export const searchInput = z.object({
  text: text(500),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export type SearchInput = z.input<typeof searchInput>;

export interface SearchResult {
  hits: SearchRow[];
}

/**
 * Finds what the user wrote, by its words (R25: months later, what was said and how it went):
 * notes, the notes of replies, calls and decisions, and logged mail. Best match first, each with
 * whose it is, the company, the date, the application it opens and a snippet whose matches are
 * marked « ».
 */
export async function search(ctx: UseCaseContext, raw: SearchInput): Promise<SearchResult> {
  const input = parseInput(searchInput, raw);
  const fts = toFtsQuery(input.text);
  if (fts === null)
    throw invalidInput(
      "text",
      `"${input.text}" has no word to search for.`,
      'words, "a phrase", word or word, -word to exclude',
    );
  const hits = await searchRecords(ctx.db, ctx.accountId, { fts, words: input.text }, input.limit);
  return { hits };
}
