// Built-in default for "check-in-phone" (R11, R13), written in our own words; users may override it by id.
export const CHECK_IN_PHONE = `Call {{recipient.name}}{{#recipient.phone}} at {{recipient.phone}}{{/recipient.phone}} about the {{application.role}} position at {{company.name}}.

- Introduce yourself: you are {{sender.name}} and you met {{interview.when}}.
- Thank them again for their time.{{#notes.highlight}}
- Mention something from your conversation: {{notes.highlight}}.{{/notes.highlight}}
- Say you remain very interested in the role.{{#claims.newsPicked}}{{#watch.news}}
- Mention the company's news you read: {{watch.news}}.{{/watch.news}}{{/claims.newsPicked}}{{#news.decisionTimeline}}
- Mention the timeline politely: "{{news.decisionTimeline}}."{{/news.decisionTimeline}}{{^news.decisionTimeline}}{{#interview.decisionTimeline}}
- Mention the timeline politely: "When we spoke, {{interview.decisionTimeline}}."{{/interview.decisionTimeline}}{{/news.decisionTimeline}}
- Ask whether they need anything more from you to help with the decision.
- Ask about the next steps and when you might hear back.
- Thank them and close warmly.
`;
