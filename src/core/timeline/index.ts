export {
  ACCEPTED_TIMELINE_FORMS,
  type ResolvedTimeline,
  resolveTimeline,
} from "./resolve-timeline.js";
