import type { Finding } from "./check.types.js";
import { MAX_FINDINGS, MAX_NAME_SEARCHES, MAX_WORD_LENGTH } from "./check-limits.js";
import type { Checkers } from "./load-checkers.js";
import { type NearMiss, nearMissFinder } from "./near-miss-finder.js";
import { recordWordsOf } from "./record-words.js";
import { excerpt, overlaps, type Word, wordsOf } from "./text-spans.js";

const GREETING =
  /^[ \t]*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening))[ \t]+(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?([^,:!\n]+)/im;
const GENERIC_GREETING = /\b(?:team|hiring|manager|sir|madam|all|everyone|there|recruiter|whom)\b/i;

/**
 * R1 (R21): names not as on the card. A word one or two edits away from a known name part
 * ("Whitfeld" for "Whitfield") is flagged when the dictionary does not know it, or when it sits
 * beside an exact part of the same name ("Steven Park" for "Stephen Park"). The greeting must use
 * the recipient's own name, not a colleague's. At most MAX_NAME_SEARCHES different words are
 * compared with every name, so many contacts and a long text do not multiply.
 */
export function checkNames(
  text: string,
  recipientName: string | null,
  knownNames: readonly string[],
  checkers: Checkers,
  words: readonly Word[] = wordsOf(text),
): Finding[] {
  const names = [...new Set([...(recipientName ? [recipientName] : []), ...knownNames])];
  // R1: the records' own words, punctuation off and accents composed ("Ñandú, S.A." → "Ñandú").
  const parts = names.map((name) => recordWordsOf(name).filter((p) => p.length >= 3));
  const exact = new Set(parts.flat());
  const namesWithPart = new Map<string, number[]>();
  for (const [n, nameParts] of parts.entries()) {
    for (const part of new Set(nameParts)) {
      const list = namesWithPart.get(part);
      if (list === undefined) namesWithPart.set(part, [n]);
      else list.push(n);
    }
  }
  const nearMiss = nearMissFinder(parts);
  const nearAny = new Map<string, NearMiss | null>(); // the first near miss among all names
  const inDictionary = new Map<string, boolean>();
  const findings: Finding[] = [];

  for (let index = 0; index < words.length && findings.length <= MAX_FINDINGS; index++) {
    const word = words[index] as Word;
    if (!startsUpperCase(word.text)) continue;
    const written = /['’][sS]$/.test(word.text) ? word.text.slice(0, -2) : word.text;
    const bare = written.normalize("NFC");
    if (bare.length < 3 || bare.length > MAX_WORD_LENGTH || exact.has(bare)) continue;
    let nearest = nearAny.get(bare);
    if (nearest === undefined && nearAny.size < MAX_NAME_SEARCHES) {
      nearest = nearMiss(bare);
      nearAny.set(bare, nearest);
    }
    if (nearest === null) continue; // near no name at all
    const before = namesWithPart.get(words[index - 1]?.text.normalize("NFC") ?? "") ?? [];
    const after = namesWithPart.get(words[index + 1]?.text.normalize("NFC") ?? "") ?? [];
    if (nearest === undefined && before.length + after.length === 0) continue;
    let correct = inDictionary.get(bare);
    if (correct === undefined) {
      correct = checkers.spell.correct(bare);
      inDictionary.set(bare, correct);
    }
    // Unknown to the dictionary: the first name it is near. A dictionary word ("Steven") only
    // when it sits beside a part of that same name. Past MAX_NAME_SEARCHES words, only that.
    let match = correct ? null : (nearest ?? null);
    if (match === null && before.length + after.length > 0) {
      match = nearMiss(
        bare,
        [...new Set([...before, ...after])].sort((a, b) => a - b),
      );
    }
    if (match !== null) {
      findings.push(nameFinding(word.start, written, match.part, names[match.name] ?? match.part));
    }
  }
  // A misspelt name in the greeting is reported once, on the word itself.
  const greeting = checkGreeting(text, recipientName, names).filter(
    (g) => g.rule !== "R1-name" || !findings.some((f) => overlaps(f, g)),
  );
  return [...findings, ...greeting];
}

/** /^\p{Lu}/u, without a regex for the common case of a lower-case ASCII letter. */
function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return (c >= 65 && c <= 90) || /^\p{Lu}/u.test(word);
}

function nameFinding(start: number, written: string, part: string, full: string): Finding {
  return {
    rule: "R1-name",
    severity: "error",
    start,
    end: start + written.length,
    message: `"${written}" is not how the card spells it: "${full}" (R1).`,
    suggestion: part,
  };
}

function checkGreeting(
  text: string,
  recipient: string | null,
  names: readonly string[],
): Finding[] {
  if (recipient === null || recipient.trim() === "") return [];
  const match = GREETING.exec(text);
  const greeted = match?.[1]?.trim();
  // A slot like "[Name]" is the placeholder check's business, not a wrong name.
  if (match === null || greeted === undefined || greeted === "" || /[[{<]/.test(greeted)) return [];
  const start = match.index + match[0].length - (match[1] ?? "").length;
  const end = start + greeted.length;
  if (GENERIC_GREETING.test(greeted)) {
    return [
      {
        rule: "R19-greeting",
        severity: "warning",
        start,
        end,
        message: `The greeting is not personal; greet ${recipient} by name (R19).`,
        suggestion: recipient,
      },
    ];
  }
  const own = new Set(recordWordsOf(recipient));
  const greetedParts = new Set(recordWordsOf(greeted));
  if ([...greetedParts].every((p) => own.has(p))) return [];
  const other = names.find(
    (n) => n !== recipient && recordWordsOf(n).some((p) => greetedParts.has(p)),
  );
  return [
    {
      rule: "R1-name",
      severity: "error",
      start,
      end,
      message:
        other === undefined
          ? `The greeting says "${excerpt(greeted, 120)}" but this message goes to ${recipient} (R1).`
          : `The greeting names ${other}, but this message goes to ${recipient} (R1, R7).`,
      suggestion: recipient,
    },
  ];
}
