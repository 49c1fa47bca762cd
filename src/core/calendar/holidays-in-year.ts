// Public holidays of one country/region and year, computed once: date-holidays is slow (it
// evaluates rule strings), and the planner asks the same years over and over.
import Holidays from "date-holidays";
import { invalidInput } from "../../errors/app-error.js";

const COUNTRY_ACCEPTED = "an ISO 3166 code such as US, GB, DE";

let countryNames: Readonly<Record<string, string>> | null = null;
const holidayEngines = new Map<string, Holidays>();
const yearMemo = new Map<string, ReadonlyMap<string, string>>();

/** Upper-cases and checks a country and optional region (ISO 3166-2 subdivision, e.g. GB/ENG). */
export function normaliseRegion(
  country: string,
  region: string | null | undefined,
): { country: string; region: string | null } {
  const code = country.trim().toUpperCase();
  countryNames ??= new Holidays().getCountries("en");
  if (!Object.hasOwn(countryNames, code)) {
    throw invalidInput("country", `Unknown country "${country}".`, COUNTRY_ACCEPTED);
  }
  const sub = region?.trim().toUpperCase() || null;
  if (sub !== null) {
    const states = new Holidays().getStates(code, "en") ?? {};
    if (!Object.hasOwn(states, sub)) {
      const known = Object.keys(states).join(", ");
      throw invalidInput(
        "region",
        `Unknown region "${region}" of ${code}.`,
        known === "" ? `no region: ${code} has none` : `one of ${known}`,
      );
    }
  }
  return { country: code, region: sub };
}

function engineFor(country: string, region: string | null): Holidays {
  const key = `${country}|${region ?? ""}`;
  let engine = holidayEngines.get(key);
  if (engine === undefined) {
    engine = region === null ? new Holidays(country) : new Holidays(country, region);
    holidayEngines.set(key, engine);
  }
  return engine;
}

/**
 * Public holidays ("YYYY-MM-DD" → name) of a normalised country/region in one year, substitute
 * days included (e.g. UK bank holidays moved off a weekend). Memoised per country/region/year.
 */
export function holidaysInYear(
  country: string,
  region: string | null,
  year: number,
): ReadonlyMap<string, string> {
  const key = `${country}|${region ?? ""}|${year}`;
  const cached = yearMemo.get(key);
  if (cached !== undefined) return cached;
  const byDate = new Map<string, string>();
  for (const holiday of engineFor(country, region).getHolidays(year, "en")) {
    if (holiday.type !== "public") continue;
    const date = holiday.date.slice(0, 10);
    const seen = byDate.get(date);
    byDate.set(date, seen === undefined ? holiday.name : `${seen} / ${holiday.name}`);
  }
  yearMemo.set(key, byDate);
  return byDate;
}
