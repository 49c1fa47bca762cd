// The articles the playbook is distilled from (/work/shared/seeds, the playbook's "Sources"), by
// number, as a reason can name them to a person: by title, not "sources 000, 003, 004" (issue 11).
// Articles 002 and 003 carry no title line; they are named by their opening words.
import { SOURCE_MENTIONS } from "./without-sources.js";

export { withoutSources } from "./without-sources.js";

export const SOURCE_TITLES: Readonly<Record<string, string>> = {
  "000": "Following Up After Your Job Interview: How to Do It Successfully and Why It Matters",
  "001": "How and When to Follow Up After an Interview",
  "002": "When the job interview is over…",
  "003": "Following up after an interview is a crucial step…",
  "004": "Following Up after Your Networking Job Interview (For Dummies)",
};

/**
 * A planner's why with its source numbers as article titles: "R8: post a card … — sources 001,
 * 004." reads "R8: post a card … (from “How and When to Follow Up After an Interview” and
 * “Following Up after Your Networking Job Interview (For Dummies)”)." The rule id stays first.
 */
export function citeSources(why: string): string {
  return why.replace(SOURCE_MENTIONS, (whole, list: string) => {
    const titles = list.split(/,\s*/).map((n) => SOURCE_TITLES[n]);
    if (titles.some((t) => t === undefined)) return whole;
    const quoted = titles.map((t) => `“${t}”`);
    const joined =
      quoted.length === 1
        ? quoted[0]
        : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
    return ` (from ${joined})`;
  });
}
