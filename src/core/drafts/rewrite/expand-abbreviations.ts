// Shorthand people jot after an interview, and the words a message says instead. Quarters are
// written as the business writes them ("q3" → "Q3").
const SHORTHAND: Readonly<Record<string, string>> = {
  yr: "year",
  yrs: "years",
  mo: "month",
  mos: "months",
  wk: "week",
  wks: "weeks",
  "w/": "with",
  "w/o": "without",
  "b/c": "because",
  "&": "and",
  mgr: "manager",
  mtg: "meeting",
  approx: "approximately",
  govt: "government",
  dept: "department",
  abt: "about",
  exp: "experience",
  qtr: "quarter",
  qtrs: "quarters",
  engs: "engineers",
  devs: "developers",
  ppl: "people",
  hr: "hour",
  hrs: "hours",
  mins: "minutes",
  mgmt: "management",
  "+": "and",
};

/** The note with its shorthand written out; every other word as the user wrote it. */
export function expandAbbreviations(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => {
      const match = /^([^.,;:!?]*)([.,;:!?]*)$/.exec(word);
      const core = match?.[1] ?? word;
      const tail = match?.[2] ?? "";
      if (/^q[1-4]$/.test(core)) return `${core.toUpperCase()}${tail}`;
      // The pronoun jotted in lower case ("how i use data", "i'm") is "I" in any message.
      if (/^i(['’](m|ve|d|ll))?$/.test(core)) return `I${core.slice(1)}${tail}`;
      const long = SHORTHAND[core.toLowerCase()];
      return long === undefined || core !== core.toLowerCase() ? word : `${long}${tail}`;
    })
    .join("");
}
