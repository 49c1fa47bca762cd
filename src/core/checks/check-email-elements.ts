import type { Finding } from "./check.types.js";

interface Element {
  rule: string;
  present: (text: string) => boolean;
  message: string;
}

// R19: what a follow-up email contains. Each missing element is a warning, not an error.
const ELEMENTS: readonly Element[] = [
  {
    rule: "R19-greeting",
    present: (t) => /^\s*(?:Dear|Hi|Hello|Good (?:morning|afternoon|evening))\b/i.test(t),
    message: "Open with a personal greeting, the name as on the card (R19, R1).",
  },
  {
    rule: "R19-thanks",
    present: (t) => /\b(?:thank|thanks|grateful|appreciate)/i.test(t),
    message: "Thank them for their time (R19).",
  },
  {
    rule: "R19-interest",
    present: (t) =>
      /\b(?:interest|interested|excited|enthusias\w*|eager|keen|look forward to (?:joining|working|contributing)|glad to join)/i.test(
        t,
      ),
    message: "Restate your interest in the role (R19).",
  },
  {
    rule: "R19-qualification",
    present: (t) =>
      /\b(?:experience|skills?|strengths?|background|qualifi\w*|expertise|track record)\b/i.test(t),
    message: "Add a brief reminder of your qualifications (R19).",
  },
  {
    rule: "R19-next-steps",
    present: (t) =>
      /\b(?:next steps?|timeline|time frame|timeframe|hear(?:ing)? (?:back|from you|about)|decision|process|where things stand)\b/i.test(
        t,
      ),
    message: "Ask politely about the next steps or the timeline (R19).",
  },
  {
    rule: "R19-closing",
    present: (t) =>
      // A line of its own. [^\S\n] and not \s around it: \s* from each of 100,000 line breaks
      // would back-track over all the others (quadratic).
      /(?:^|\n)[^\S\n]*(?:(?:best|kind|warm|warmest)\s+regards|regards|sincerely|best|all the best|with thanks|thank you again[^\n]*|many thanks|cheers|yours(?: sincerely| truly)?)[,.!]?[^\S\n]*(?:\n|$)/i.test(
        t,
      ),
    message: 'End with a professional closing such as "Best regards," and your name (R19).',
  },
];

/** R19, email only: the subject and the elements of a good follow-up. */
export function checkEmailElements(text: string, subject: string | null | undefined): Finding[] {
  const findings: Finding[] = [];
  if (subject === null || subject === undefined || subject.trim() === "") {
    findings.push({
      rule: "R19-subject",
      severity: "warning",
      start: 0,
      end: 0,
      message: "Add a clear, concise subject line (R19).",
      suggestion: null,
    });
  }
  for (const element of ELEMENTS) {
    if (element.present(text)) continue;
    findings.push({
      rule: element.rule,
      severity: "warning",
      start: 0,
      end: 0,
      message: element.message,
      suggestion: null,
    });
  }
  return findings;
}
