// Words that carry no specific content in a follow-up: function words and the vocabulary every
// follow-up shares (role, team, interview…). What remains is what makes a message specific.
const STOP = new Set(
  (
    "a about above after again all also am an and any are as at be been before being below both but by can " +
    "could did do does doing down during each few for from further had has have having he her here hers him " +
    "his how i if in into is it its itself just me more most my myself no nor not now of off on once only or " +
    "other our ours out over own same she should so some such than that the their theirs them then there " +
    "these they this those through to too under until up very was we were what when where which while who " +
    "whom why will with would you your yours yourself i'm i've i'd it's you're we're don't can't thank thanks " +
    "role position team company interview interviewed interviewing conversation talk talked talking time " +
    "meeting meet met opportunity job work working discuss discussed discussing enjoyed enjoy learn " +
    "learning learned forward hearing hear look looking great really much many well best regards dear " +
    "sincerely hello kind appreciate glad happy excited interested interest today yesterday week next steps " +
    "step please let know again hope touch stay follow following chance speak spoke speaking"
  ).split(" "),
);

// Longest first: the first that ends the word is what /(?:ing|ed|…|ations)$/ would remove.
const SUFFIXES = ["ations", "ation", "ions", "ing", "ion", "ed", "es", "s"];

/** A crude stem: enough to match "migrating" with "migration" in notes. */
export function stem(word: string): string {
  let lower = word.toLowerCase();
  if (lower.endsWith("'s") || lower.endsWith("’s")) lower = lower.slice(0, -2);
  const suffix = SUFFIXES.find((s) => lower.endsWith(s)) ?? "";
  return lower.slice(0, lower.length - suffix.length).slice(0, 6);
}

/** The stems of the content words of `text`, leaving out names (R7 compares what was said). */
export function contentStems(text: string, names: ReadonlySet<string> = new Set()): Set<string> {
  return new Set(contentStemsOf(text, names));
}

/** The same stems one by one, in the order of the text, so a search can stop at the first. */
export function* contentStemsOf(
  text: string,
  names: ReadonlySet<string> = new Set(),
): Generator<string> {
  const seen = new Map<string, string | null>(); // a word repeated is stemmed once
  // Words with their combining marks ("e" + U+0301 is one letter, not a word break).
  for (const [raw] of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    let stemmed = seen.get(raw);
    if (stemmed === undefined) {
      const word = raw.toLowerCase().replace(/’/g, "'");
      stemmed = word.length < 3 || STOP.has(word) || names.has(word) ? null : stem(word);
      seen.set(raw, stemmed);
    }
    if (stemmed !== null) yield stemmed;
  }
}
