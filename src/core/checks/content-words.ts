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

/** A crude stem: enough to match "migrating" with "migration" in notes. */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  return lower.replace(/(?:ing|ed|es|s|ion|ions|ation|ations)$/, "").slice(0, 6);
}

/** The stems of the content words of `text`, leaving out names (R7 compares what was said). */
export function contentStems(text: string, names: ReadonlySet<string> = new Set()): Set<string> {
  const stems = new Set<string>();
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    if (word.length < 3 || STOP.has(word) || names.has(word)) continue;
    stems.add(stem(word));
  }
  return stems;
}
