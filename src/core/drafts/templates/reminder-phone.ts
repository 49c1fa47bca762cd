// Built-in default for "reminder-phone" (R14, R13), written in our own words; users may override it by id.
export const REMINDER_PHONE = `Call {{recipient.name}}{{#recipient.phone}} at {{recipient.phone}}{{/recipient.phone}} about the {{application.role}} position at {{company.name}}.

- Introduce yourself: you are {{sender.name}} and you interviewed for the position{{#claims.messageSent}}; you wrote to follow up since{{/claims.messageSent}}.
- Say you understand hiring takes time and that you are still very interested.{{#notes.highlight}}
- Recall your conversation about {{notes.highlight}}.{{/notes.highlight}}
- Offer references, work samples, or anything else they need.
- Ask where things stand and what the next steps might be.
- Thank them for their time.
`;
