import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** One of the user's own words (issue 11): never a misspelling in their checks. */
export interface UserWord {
  word: string;
  createdAt: string;
}

/** The key a word is kept by: "dbt" and "DBT" are one word. */
export function wordKeyOf(word: string): string {
  return word.normalize("NFC").toLowerCase();
}

export async function listUserWords(db: Kysely<Database>, accountId: string): Promise<UserWord[]> {
  return db
    .selectFrom("userWords")
    .select(["word", "createdAt"])
    .where("accountId", "=", accountId)
    .orderBy("wordKey")
    .execute();
}

/** Adds words; one already there (in any case) stays as it was. Returns how many were new. */
export async function insertUserWords(
  db: Kysely<Database>,
  accountId: string,
  words: readonly UserWord[],
): Promise<number> {
  if (words.length === 0) return 0;
  const result = await db
    .insertInto("userWords")
    .values(words.map((w) => ({ accountId, wordKey: wordKeyOf(w.word), ...w })))
    .onConflict((oc) => oc.columns(["accountId", "wordKey"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Removes a word, in any case; false when it was not there. */
export async function deleteUserWord(
  db: Kysely<Database>,
  accountId: string,
  word: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("userWords")
    .where("accountId", "=", accountId)
    .where("wordKey", "=", wordKeyOf(word))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
