export type { BusinessCalendar } from "./business-calendar.js";
export { createBusinessCalendar } from "./create-business-calendar.js";
export { holidaysInYear, normaliseRegion } from "./holidays-in-year.js";
export { addDays, fromEpochDay, isoWeekdayOf, toEpochDay } from "./local-date.js";
export {
  assertKnownZone,
  instantMsOf,
  isoInZone,
  localDateAt,
  type ZonedInstant,
  zonedInstant,
} from "./zoned-time.js";
