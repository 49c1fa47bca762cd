// Built-in default for "summary-letter" (R10, R19), written in our own words; users may override it by id.
// The address blocks and the date are the letter frame's (letter-frame.ts), as for any letter.
export const SUMMARY_LETTER = `{{greeting}}

Thank you for the interview {{interview.when}} for the {{application.role}} position. I am writing to summarize the points we discussed.
{{#notes.highlight}}
We talked about {{notes.highlight}}, and that conversation confirmed my interest in the role.
{{/notes.highlight}}{{#notes.qualification}}
You asked about {{notes.qualification}}. I would be glad to go into more detail on that work.
{{/notes.qualification}}{{#notes.clarify}}
I would also like to add to one point: {{notes.clarify}}.
{{/notes.clarify}}{{#sender.strengths}}
My experience is in {{sender.strengths}}, and I would be glad to put it to work for your team.
{{/sender.strengths}}
Please let me know if I can provide anything more. I look forward to hearing about the next steps{{#interview.decisionTimeline}} (when we spoke, {{interview.decisionTimeline}}){{/interview.decisionTimeline}}.

Sincerely,

{{sender.signature}}
`;
