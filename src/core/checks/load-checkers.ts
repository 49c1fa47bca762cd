import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import nspell from "nspell";
import { EXTRA_WORDS } from "./extra-words.js";

export interface Checkers {
  spell: ReturnType<typeof nspell>;
}

let loaded: Checkers | null = null;

/**
 * Loads the Hunspell en-US dictionary once (a few hundred milliseconds; the bench measures it).
 * Read synchronously beside dictionary-en's entry so that importing this module costs nothing.
 */
export function loadCheckers(): Checkers {
  loaded ??= createCheckers();
  return loaded;
}

/** A fresh, uncached load: what loadCheckers pays once (exported for the bench). */
export function createCheckers(): Checkers {
  const entry = createRequire(import.meta.url).resolve("dictionary-en");
  const folder = dirname(entry);
  const spell = nspell(
    readFileSync(join(folder, "index.aff")),
    readFileSync(join(folder, "index.dic")),
  );
  for (const word of EXTRA_WORDS) spell.add(word);
  return { spell };
}
