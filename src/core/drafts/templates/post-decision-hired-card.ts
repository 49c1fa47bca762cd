// Built-in default for "post-decision-hired-card" (R17), written in our own words; users may override it by id.
export const POST_DECISION_HIRED_CARD = `{{greeting}}

{{#claims.decisionMade}}Thank you for choosing me for the {{application.role}} position. I am grateful for your confidence and{{/claims.decisionMade}}{{^claims.decisionMade}}Thank you for your time during the interviews for the {{application.role}} position. I am{{/claims.decisionMade}} excited to join {{company.name}}.{{#notes.highlight}} I enjoyed our talk about {{notes.highlight}}.{{/notes.highlight}}

With thanks,
{{sender.name}}
`;
