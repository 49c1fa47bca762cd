// Built-in default for "open-positions-inquiry-phone" (R17, R20, R13), written in our own words; users may override it by id.
export const OPEN_POSITIONS_INQUIRY_PHONE = `Call {{recipient.name}}{{#recipient.phone}} at {{recipient.phone}}{{/recipient.phone}} about other openings at {{company.name}}.

- Introduce yourself: you are {{sender.name}} and you interviewed for the {{application.role}} position.
- Thank them for considering you.{{#notes.highlight}}
- Recall something from your conversation: {{notes.highlight}}.{{/notes.highlight}}
- Say you remain interested in working with {{company.name}}.{{#sender.strengths}}
- Mention what you would bring: {{sender.strengths}}.{{/sender.strengths}}
{{#claims.openingsPosted}}- Say you noticed that {{company.name}} has posted other openings{{#watch.postings}} ({{watch.postings}}){{/watch.postings}}, and ask whether your background fits one.
{{/claims.openingsPosted}}{{^claims.openingsPosted}}- Ask whether there are other openings where your background could help.
{{/claims.openingsPosted}}- If nothing is open now, ask whether you may follow up in a month or two.
`;
