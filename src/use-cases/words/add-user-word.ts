import {
  insertUserWords,
  listUserWords,
  type UserWord,
} from "../../store/repositories/user-word.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { userWordInput } from "./user-word-input.js";

/**
 * "Add to my words" on a spelling finding (issue 11, R21): the word is never a misspelling in any
 * later check. Adding a word already there (in any case) changes nothing. Returns the list.
 */
export async function addUserWord(ctx: UseCaseContext, raw: unknown): Promise<UserWord[]> {
  const { word } = parseInput(userWordInput, raw);
  return inTransaction(ctx, async ({ db, accountId }) => {
    await insertUserWords(db, accountId, [{ word: word.normalize("NFC"), createdAt: ctx.now() }]);
    return listUserWords(db, accountId);
  });
}
