// Built-in default for "post-decision-not-hired-card" (R17, R18), written in our own words; users may override it by id.
export const POST_DECISION_NOT_HIRED_CARD = `{{greeting}}

Thank you for the opportunity to interview for the {{application.role}} position. I enjoyed meeting you{{#notes.highlight}} and talking about {{notes.highlight}}{{/notes.highlight}}, and I hope our paths cross again at {{company.name}}.

With thanks,
{{sender.name}}
`;
