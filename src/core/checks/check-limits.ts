// The bounds that keep a check cheap whatever the text (issue 9). Each is far above what a
// follow-up needs: a draft with more findings than MAX_FINDINGS is not one to read finding by
// finding, and no word in the en-US dictionary is longer than 23 letters.

/** Findings reported per text, in order of position; a last finding says that there are more. */
export const MAX_FINDINGS = 100;

/** Longer than any English word: reported as such, without a dictionary look-up. */
export const MAX_WORD_LENGTH = 30;

/** Suggestions are the slow part of Hunspell; only the first few misspellings get them. */
export const MAX_SUGGESTED = 8;

/** No dictionary word is longer than 23 letters, so a longer misspelling has no near neighbour. */
export const MAX_SUGGESTED_LENGTH = 24;

/**
 * Hunspell's candidate look-ups for one word's suggestions (about 1.5 µs each). A typo one edit
 * from a word needs 1,400–5,200 ("thnak" → "thank", "electroencephalograpy"); a word with no
 * neighbour one edit away makes nspell try every two-edit variant, 450,000 for "qzkxv".
 */
export const SUGGEST_LOOKUPS_PER_WORD = 6_000;

/** All suggestions of one text together: eight ordinary typos fit (about 2,000 each). */
export const SUGGEST_LOOKUPS_PER_TEXT = 16_000;

/** Unknown capitalised words compared with every name on the cards (R1), per text. */
export const MAX_NAME_SEARCHES = 2 * MAX_FINDINGS;

/**
 * Windows of a few words tagged by compromise per rule and text, for the two grammar rules that
 * need parts of speech (a millisecond or two each): an ordinary draft has none or one.
 */
export const MAX_TAGGED_WINDOWS = 6;
