import type { Profile } from "../../core/domain/types.js";
import type { PlannerSettings } from "../../core/planner/planning-facts.js";

export function plannerSettingsOf(profile: Profile): PlannerSettings {
  return {
    sendCard: profile.sendCard,
    linkedIn: profile.linkedIn,
    summaryLetter: profile.summaryLetter,
    maxUnanswered: profile.maxUnanswered,
    assumedTimelineDays: profile.assumedTimelineDays,
    timeZone: profile.timeZone,
    country: profile.country,
    region: profile.region,
  };
}
