/** Working days of one employer: weekends and public holidays (date-holidays, type "public"). */
export interface BusinessCalendar {
  readonly country: string;
  readonly region: string | null;
  isBusinessDay(date: string): boolean;
  /** The public holiday's name on that date, or null. */
  holidayOn(date: string): string | null;
  /** The n-th business day after `date` (before it when n < 0); n = 0 is the date itself if it is a business day, else the next one. */
  addBusinessDays(date: string, n: number): string;
  nextBusinessDayOnOrAfter(date: string): string;
  /** The same three, on day numbers (days since 1970-01-01): the planner counts in those. */
  holidayOnDay(day: number): string | null;
  addBusinessDaysToDay(day: number, n: number): number;
  businessDayOnOrAfter(day: number): number;
}
