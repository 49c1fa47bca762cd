// Built-in default for "thank-you-card" (R8, R7), written in our own words; users may override it by id.
export const THANK_YOU_CARD = `{{greeting}}

Thank you for meeting with me about the {{application.role}} position.{{#notes.highlight}} I enjoyed our talk about {{notes.highlight}}.{{/notes.highlight}}{{^notes.highlight}}{{#notes.qualification}} I was glad you asked about {{notes.qualification}}.{{/notes.qualification}}{{^notes.qualification}}{{#notes.question}} I hope to hear more about {{notes.question}}.{{/notes.question}}{{/notes.qualification}}{{/notes.highlight}} I would be glad to join {{company.name}}.

With thanks,
{{sender.name}}
`;
