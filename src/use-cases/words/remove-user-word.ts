import { AppError } from "../../errors/app-error.js";
import {
  deleteUserWord,
  listUserWords,
  type UserWord,
} from "../../store/repositories/user-word.repository.js";
import type { UseCaseContext } from "../context.js";
import { inTransaction } from "../in-transaction.js";
import { parseInput } from "../parse-input.js";
import { userWordInput } from "./user-word-input.js";

/** Takes a word out of the user's words (Settings): later checks judge it again. */
export async function removeUserWord(ctx: UseCaseContext, raw: unknown): Promise<UserWord[]> {
  const { word } = parseInput(userWordInput, raw);
  return inTransaction(ctx, async ({ db, accountId }) => {
    if (!(await deleteUserWord(db, accountId, word))) {
      throw new AppError("NOT_FOUND", `"${word}" is not among your words.`, { field: "word" });
    }
    return listUserWords(db, accountId);
  });
}
