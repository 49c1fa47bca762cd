export { type KeptTimeline, keepSaidTimeline, keepTimeline } from "./keep-timeline.js";
export { readTimelineDay } from "./read-timeline-day.js";
export {
  ACCEPTED_TIMELINE_FORMS,
  type ResolvedTimeline,
  resolveTimeline,
} from "./resolve-timeline.js";
