import type { UseCaseContext } from "../../use-cases/context.js";

/** What every request carries: the use-case context of the account it acts for. */
export interface HttpEnv {
  Variables: { ctx: UseCaseContext };
}
