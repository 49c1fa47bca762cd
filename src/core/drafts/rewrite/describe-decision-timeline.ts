import { DateTime } from "luxon";
import { COUNT_PATTERN } from "../../timeline/parse-count.js";
import { DATE_FORMATS, type DateOrder } from "../describe-dates.js";

// Words around a timeline that say nothing of when ("we'll get back to you within …").
const FILLER =
  /^(?:we(?:'ll| will)\s+(?:let you know|be in touch|get back to you|decide)|(?:you(?:'ll| will)\s+)?hear back|expect(?:\s+to\s+hear)?|decision|within|in|by|before|about|around|roughly|approximately|approx\.?|after|over|on|until|no later than|sometime|some time|the|next)\s+/;

const DURATION = new RegExp(
  `^(${COUNT_PATTERN})(?:\\s*(?:-|–|to|or)\\s*(?:${COUNT_PATTERN}))?\\s+(?:more\\s+)?(?:(?:business|working)\\s+)?(?:day|week|month|fortnight)s?(?:\\s+or\\s+(?:two|so))?(?:\\s+(?:or so|time))?$`,
);

const MONTH_PART =
  /^(early|mid|middle of|late|end of|beginning of|start of)[\s-]+(?:(?:this|next|the)\s+month|[a-z]+(?:,?\s+\d{4})?)$/;

/**
 * The timeline as what it means for the reader (R3, R11): "you expected to decide within two
 * weeks" for a duration, "you expected to decide in early December" for part of a month, "you
 * planned to decide by Friday, December 4" for a day. From the resolved `date` and the kind of
 * words, never the words spliced in ("we'll get back to you…"); those stay on record. Null when
 * the words gave no date.
 */
export function describeDecisionTimeline(
  text: string | null,
  date: string | null,
  today: string,
  order: DateOrder = "month-first",
): string | null {
  if (text === null || date === null) return null;
  const day = DateTime.fromISO(date, { zone: "utc", locale: "en-US" });
  if (!day.isValid) return null;
  const words = withoutFiller(text);
  if (DURATION.test(words)) return `you expected to decide within ${words}`;
  const part = MONTH_PART.exec(words)?.[1];
  const month = day.toFormat("LLLL");
  if (part === "early" || part === "beginning of" || part === "start of") {
    return `you expected to decide in early ${month}`;
  }
  if (part === "mid" || part === "middle of") return `you expected to decide by mid-${month}`;
  if (part === "late") return `you expected to decide in late ${month}`;
  const wholeMonth = words === "month" || words === month.toLowerCase();
  if (part === "end of" || wholeMonth) return `you expected to decide by the end of ${month}`;
  const sameYear = day.year === DateTime.fromISO(today, { zone: "utc" }).year;
  const format = DATE_FORMATS[order][sameYear ? "weekday" : "weekdayYear"];
  return `you planned to decide by ${day.toFormat(format)}`;
}

function withoutFiller(text: string): string {
  let result = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  result = result.replace(/[.,!?;:]+$/, "").replace(/^~\s*/, "");
  for (let previous = ""; previous !== result; ) {
    previous = result;
    result = result.replace(FILLER, "");
  }
  return result;
}
