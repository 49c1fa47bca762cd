import type { Finding } from "./check.types.js";
import { editDistance } from "./edit-distance.js";
import type { Checkers } from "./load-checkers.js";
import { overlaps, wordsOf } from "./text-spans.js";

const GREETING =
  /^[ \t]*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening))[ \t]+(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?([^,:!\n]+)/im;
const GENERIC_GREETING = /\b(?:team|hiring|manager|sir|madam|all|everyone|there|recruiter|whom)\b/i;

/**
 * R1 (R21): names not as on the card. A word one or two edits away from a known name part
 * ("Whitfeld" for "Whitfield") is flagged when the dictionary does not know it, or when it sits
 * beside an exact part of the same name ("Steven Park" for "Stephen Park"). The greeting must use
 * the recipient's own name, not a colleague's.
 */
export function checkNames(
  text: string,
  recipientName: string | null,
  knownNames: readonly string[],
  checkers: Checkers,
): Finding[] {
  const names = [...new Set([...(recipientName ? [recipientName] : []), ...knownNames])];
  const parts = names.map((name) => name.split(/[\s-]+/).filter((p) => p.length >= 3));
  const exact = new Set(parts.flat());
  const findings: Finding[] = [];
  const words = wordsOf(text);

  words.forEach((word, index) => {
    const bare = word.text.replace(/['’]s$/i, "");
    if (!/^\p{Lu}/u.test(bare) || bare.length < 3 || exact.has(bare)) return;
    for (const [n, nameParts] of parts.entries()) {
      for (const part of nameParts) {
        const distance = editDistance(bare, part, 2);
        if (distance === 0 || distance > (part.length <= 5 ? 1 : 2)) continue;
        const neighbours = [words[index - 1]?.text, words[index + 1]?.text];
        const besideSameName = neighbours.some((w) => w !== undefined && nameParts.includes(w));
        if (!besideSameName && checkers.spell.correct(bare)) continue;
        findings.push(nameFinding(word.start, bare, part, names[n] ?? part));
        return;
      }
    }
  });
  // A misspelt name in the greeting is reported once, on the word itself.
  const greeting = checkGreeting(text, recipientName, names).filter(
    (g) => g.rule !== "R1-name" || !findings.some((f) => overlaps(f, g)),
  );
  return [...findings, ...greeting];
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
  const own = recipient.split(/\s+/);
  const greetedParts = greeted.split(/\s+/);
  if (greetedParts.every((p) => own.includes(p))) return [];
  const other = names.find(
    (n) => n !== recipient && greetedParts.some((p) => n.split(/\s+/).includes(p)),
  );
  return [
    {
      rule: "R1-name",
      severity: "error",
      start,
      end,
      message:
        other === undefined
          ? `The greeting says "${greeted}" but this message goes to ${recipient} (R1).`
          : `The greeting names ${other}, but this message goes to ${recipient} (R1, R7).`,
      suggestion: recipient,
    },
  ];
}
