/** R9: LinkedIn refuses invitation notes over 300 characters. */
export const LINKEDIN_NOTE_LIMIT = 300;

// A sentence ends at . ! or ? followed by whitespace: "example.org" and "3.5" do not end one.
const SENTENCE_END = /[.!?]+["”’)]*(?=\s|$)/g;

/**
 * Fits a note within the limit (UTF-16 length, which is never less than LinkedIn's count). Keeps
 * whole sentences from the start plus the last one (the sign-off), dropping sentences in between;
 * only when a single sentence cannot fit is it cut at a word boundary with an ellipsis.
 */
export function capLinkedInNote(text: string, limit = LINKEDIN_NOTE_LIMIT): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= limit) return clean;
  const sentences = splitSentences(clean);
  const tail = sentences.length > 1 ? (sentences.at(-1) ?? "") : "";
  const head = sentences.length > 1 ? sentences.slice(0, -1) : sentences;
  const budget = tail === "" ? limit : limit - tail.length - 1;
  let kept = "";
  for (const sentence of head) {
    const next = kept === "" ? sentence : `${kept} ${sentence}`;
    if (next.length > budget) break;
    kept = next;
  }
  if (kept !== "" && tail !== "") return `${kept} ${tail}`;
  if (kept !== "") return kept;
  // Not even the first sentence fits beside the sign-off: cut it, and keep the sign-off if short.
  const first = head[0] ?? clean;
  if (budget >= 40) return `${cutAtWord(first, budget)} ${tail}`.trim();
  return cutAtWord(clean, limit);
}

function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    sentences.push(text.slice(from, end).trim());
    from = end;
  }
  sentences.push(text.slice(from).trim());
  return sentences.filter((s) => s !== "");
}

function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1; // room for the ellipsis
  const space = text.lastIndexOf(" ", end);
  if (space > limit / 2) end = space;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end).replace(/[\s,;:]+$/, "")}…`;
}
