// Built-in default for "post-decision-hired-card" (R17), written in our own words; users may override it by id.
export const POST_DECISION_HIRED_CARD = `{{greeting}}

Thank you for choosing me for the {{application.role}} position. I am grateful for your confidence and excited to join {{company.name}}.{{#notes.highlight}} I look forward to working with you on {{notes.highlight}}.{{/notes.highlight}}

With thanks,
{{sender.name}}
`;
