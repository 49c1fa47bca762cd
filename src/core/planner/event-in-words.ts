import { instantMs } from "../calendar/instant-ms.js";
import { localDateAt } from "../calendar/zoned-time.js";
import type { InterviewEvent } from "../domain/types.js";
import { humanDate } from "../time/human-date.js";

export interface EventWords {
  event: InterviewEvent;
  /** The person it came from, by name, or null. */
  who: string | null;
  /** The interview's zone: the day is the one it happened on there. */
  timeZone: string;
  thisYear: number;
}

function dayOf({ event, timeZone, thisYear }: EventWords): string {
  return humanDate(localDateAt(instantMs(event.occurredAt), timeZone), thisYear);
}

/** What happened, as the reason an action was cancelled (R16, R17): "not hired", "Dana replied on Wed 2 Dec". */
export function eventInWords(words: EventWords): string {
  const { event, who } = words;
  const on = dayOf(words);
  switch (event.kind) {
    case "decision":
      return event.outcome === "hired" ? "hired" : "not hired";
    case "withdrawn":
      return `you withdrew on ${on}`;
    case "next-round":
      return `a next round was set on ${on}`;
    case "reply":
      return `${who ?? "they"} replied on ${on}`;
    case "call":
      return `${who ?? "they"} called on ${on}`;
  }
}

/** The event as a thing: "the reply from Dana of Wed 2 Dec", "the decision (not hired) of Wed 2 Dec". */
export function eventName(words: EventWords): string {
  const { event, who } = words;
  const on = dayOf(words);
  const from = who === null ? "" : ` from ${who}`;
  switch (event.kind) {
    case "decision":
      return `the decision (${event.outcome === "hired" ? "hired" : "not hired"}) of ${on}`;
    case "withdrawn":
      return `the withdrawal of ${on}`;
    case "next-round":
      return `the next round of ${on}`;
    case "reply":
      return `the reply${from} of ${on}`;
    case "call":
      return `the call${from} of ${on}`;
  }
}
