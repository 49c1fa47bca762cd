// Counts as people say them in a timeline: "two", "10", "twenty-one", "a", "a few", "a couple of".

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];

const WORDS = new Map<string, number>();
for (const [n, word] of UNITS.entries()) WORDS.set(word, n);
WORDS.set("twenty", 20);
WORDS.set("thirty", 30);
for (let n = 1; n <= 9; n++) {
  const unit = UNITS[n] ?? "";
  WORDS.set(`twenty-${unit}`, 20 + n);
  WORDS.set(`twenty ${unit}`, 20 + n);
}
// Vague amounts: the upper end of what people mean, since a check-in comes after the timeline.
WORDS.set("a", 1);
WORDS.set("an", 1);
WORDS.set("a couple of", 2);
WORDS.set("a couple", 2);
WORDS.set("couple of", 2);
WORDS.set("a few", 3);
WORDS.set("few", 3);
WORDS.set("several", 5);

/** The regex alternation that matches one count, longest words first. */
export const COUNT_PATTERN = `\\d{1,3}|${[...WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, "\\s"))
  .join("|")}`;

/** A count word or numeral as a number; null when it is neither. */
export function parseCount(text: string): number | null {
  const clean = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (/^\d{1,3}$/.test(clean)) return Number(clean);
  return WORDS.get(clean) ?? null;
}
