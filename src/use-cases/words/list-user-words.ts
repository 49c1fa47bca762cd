import {
  listUserWords as listStored,
  type UserWord,
} from "../../store/repositories/user-word.repository.js";
import type { UseCaseContext } from "../context.js";

/** The user's own words, in alphabetical order. */
export async function listUserWords(ctx: UseCaseContext): Promise<UserWord[]> {
  return listStored(ctx.db, ctx.accountId);
}
