export { actionId } from "./action-id.js";
export { CHAIN_KINDS, SPACED_KINDS, SPACING_DAYS } from "./follow-up-kinds.js";
export { planFollowUps } from "./plan-follow-ups.js";
export type {
  CompanyHistory,
  Participant,
  PlannerSettings,
  PlanningFacts,
} from "./planning-facts.js";
