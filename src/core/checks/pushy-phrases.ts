// R13, R22: impatient, pushy or desperate phrasing; each is a warning with a calmer alternative.
export interface PushyPhrase {
  pattern: RegExp;
  instead: string;
}

export const PUSHY_PHRASES: readonly PushyPhrase[] = [
  {
    pattern: /\b(?:am I|I am|I'm|if I'm|whether I'm|if I am|whether I am) still in the running\b/gi,
    instead: "Ask about the next steps in the process instead (R13).",
  },
  {
    pattern: /\bhow (?:are|is) (?:the )?(?:interviews with )?(?:the )?other candidates\b/gi,
    instead: "Leave other candidates out; restate your interest instead (R13).",
  },
  {
    pattern: /\bother candidates (?:are|were) doing\b/gi,
    instead: "Leave other candidates out; restate your interest instead (R13).",
  },
  {
    pattern:
      /\bI (?:really |badly |desperately )?need (?:this|the) (?:job|position|role|offer)\b/gi,
    instead: "Say why you are a good fit rather than how much you need it (R22).",
  },
  {
    pattern: /\bdesperate(?:ly)?\b/gi,
    instead: "Say you remain very interested (R22).",
  },
  {
    pattern:
      /\b(?:please )?respond (?:asap|as soon as possible|immediately|right away|quickly|promptly)\b/gi,
    instead: "Ask politely about the next steps or timeline (R13).",
  },
  {
    pattern: /\bASAP\b|\bas soon as possible\b|\bimmediately\b|\burgent(?:ly)?\b/gi,
    instead: "Drop the urgency; mention the stated timeline politely (R11).",
  },
  {
    pattern:
      /\bI (?:haven['’]t|have not|still haven['’]t|never) (?:heard|received) (?:back|anything|a reply|a response)\b/gi,
    instead: "Mention the time frame politely instead of the silence (R11).",
  },
  {
    pattern:
      /\b(?:still |I am |I'm )?waiting (?:for|on) (?:your|a) (?:response|reply|answer|decision)\b/gi,
    instead: "Ask whether they need anything more to decide (R11).",
  },
  {
    pattern:
      /\b(?:why (?:haven['’]t|have) you not|why haven['’]t you) (?:replied|responded|answered|written|called)\b/gi,
    instead: "Assume good faith; ask politely about the timeline (R13).",
  },
  {
    pattern:
      /\bdid you (?:even )?(?:get|receive|read|see) my (?:last |previous )?(?:email|message|note|application)s?\b/gi,
    instead: "Refer to your earlier message without asking whether it was read (R14).",
  },
  {
    pattern:
      /\bthis is my (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|message|attempt|time)\b/gi,
    instead: "Do not count your messages; follow up briefly and politely (R14, R15).",
  },
  {
    pattern:
      /\bI(?:'ve| have) (?:emailed|called|written to|contacted) you (?:several|many|multiple|\d+) times\b/gi,
    instead: "Do not count your messages; follow up briefly and politely (R14, R15).",
  },
  {
    pattern:
      /\b(?:I expect|I demand|I insist on) (?:a|an|your) (?:answer|response|reply|decision)\b/gi,
    instead: "Ask politely about the timeline (R13).",
  },
  {
    pattern:
      /\b(?:let me know|tell me|answer me|reply) (?:by|before) (?:tomorrow|today|tonight|end of (?:the )?day|EOD|Monday|Tuesday|Wednesday|Thursday|Friday)\b/gi,
    instead: "Do not set them a deadline; ask about their timeline (R13).",
  },
  {
    pattern:
      /\b(?:I'm|I am) (?:running out of (?:time|patience|options)|losing patience|begging)\b|\bI beg you\b/gi,
    instead: "Keep the tone calm and positive (R22).",
  },
  {
    // Within a few sentences: an open-ended .*? would rescan the line for every "other companies".
    pattern:
      /\bother (?:companies|offers) (?:are|is) (?:waiting|interested)\b.{0,400}?\b(?:decide|hurry|soon)\b/gi,
    instead: "If you have a competing offer, say so plainly and ask about their timeline (R13).",
  },
];
