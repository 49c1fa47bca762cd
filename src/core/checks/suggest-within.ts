import type { Checkers } from "./load-checkers.js";

export interface BoundedSuggestions {
  /** nspell's suggestions, best first; empty when it found none or gave up. */
  suggestions: string[];
  /** The candidate look-ups spent (at most the limit). */
  lookups: number;
  /** Whether the search stopped at the limit before nspell finished. */
  gaveUp: boolean;
}

class LimitReached extends Error {}

/**
 * nspell's `suggest`, stopped after `limit` candidate look-ups. nspell has no limit of its own:
 * a word with no neighbour one edit away makes it try every two-edit variant (0.9 s for "qzkxv",
 * minutes for a 2,000-letter word). It looks each candidate up through `conversion.in` once, so a
 * view of the speller whose `conversion.in` counts is the meter; below the limit the answer is
 * nspell's own, unchanged.
 */
export function suggestWithin(
  spell: Checkers["spell"],
  word: string,
  limit: number,
): BoundedSuggestions {
  let lookups = 0;
  const { conversion } = spell as unknown as { conversion: { in: unknown; out: unknown } };
  const metered = {
    get in() {
      if (++lookups > limit) throw new LimitReached();
      return conversion.in;
    },
    out: conversion.out,
  };
  const view = Object.create(spell, { conversion: { value: metered } }) as typeof spell;
  try {
    return { suggestions: spell.suggest.call(view, word), lookups, gaveUp: false };
  } catch (error) {
    if (!(error instanceof LimitReached)) throw error;
    return { suggestions: [], lookups: limit, gaveUp: true };
  }
}
