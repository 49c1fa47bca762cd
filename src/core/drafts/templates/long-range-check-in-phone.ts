// Built-in default for "long-range-check-in-phone" (R17), written in our own words; users may override it by id.
export const LONG_RANGE_CHECK_IN_PHONE = `Call {{recipient.name}}{{#recipient.phone}} at {{recipient.phone}}{{/recipient.phone}} to stay in touch with {{company.name}}.

- Introduce yourself: you are {{sender.name}} and you interviewed for the {{application.role}} position.{{#claims.followUpAgreed}}
- Remind them that they agreed you could follow up later.{{/claims.followUpAgreed}}{{#notes.highlight}}
- Recall something from your conversation: {{notes.highlight}}.{{/notes.highlight}}
- Say you remain interested in working with their team.{{#claims.newsPicked}}{{#watch.news}}
- Mention the company's news you read: {{watch.news}}.{{/watch.news}}{{/claims.newsPicked}}
- Ask whether any roles are coming up where your background could help.
- Offer to send an updated resume.
`;
