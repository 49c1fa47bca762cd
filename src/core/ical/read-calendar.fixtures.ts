import ICAL from "ical.js";

export interface ReadEvent {
  uid: string;
  start: ICAL.Time;
  end: ICAL.Time;
  sequence: number | null;
  /** STATUS: CONFIRMED, CANCELLED…, or null when the event has none. */
  status: string | null;
  summary: string;
  description: string;
  tzid: string | null;
  alarms: ICAL.Component[];
}

/** Reads a calendar back the way a client would: ical.js with its VTIMEZONEs registered. */
export function readCalendar(text: string): { events: ReadEvent[]; zones: string[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((event) => {
    const dtstart = event.getFirstProperty("dtstart");
    const sequence = event.getFirstPropertyValue("sequence");
    return {
      uid: String(event.getFirstPropertyValue("uid")),
      start: dtstart?.getFirstValue() as ICAL.Time,
      end: event.getFirstPropertyValue("dtend") as ICAL.Time,
      sequence: sequence === null ? null : Number(sequence),
      status: (event.getFirstPropertyValue("status") as string | null) ?? null,
      summary: String(event.getFirstPropertyValue("summary")),
      description: String(event.getFirstPropertyValue("description")),
      tzid: (dtstart?.getParameter("tzid") as string | undefined) ?? null,
      alarms: event.getAllSubcomponents("valarm"),
    };
  });
  return { events, zones: zones.map((z) => String(z.getFirstPropertyValue("tzid"))) };
}

/** The instant of a read-back time as an ISO string in UTC. */
export function instantOf(time: ICAL.Time): string {
  return new Date(time.toUnixTime() * 1000).toISOString();
}

/** The wall-clock time ical.js gives, "YYYY-MM-DDTHH:MM:SS". */
export function wallOf(time: ICAL.Time): string {
  return time.toString().replace(/Z$/, "");
}
