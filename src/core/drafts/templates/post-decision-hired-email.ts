// Built-in default for "post-decision-hired-email" (R17), written in our own words; users may override it by id.
export const POST_DECISION_HIRED_EMAIL = `Subject: Thank you for the {{application.role}} offer

{{greeting}}

Thank you for choosing me for the {{application.role}} position at {{company.name}}. I am grateful for your confidence in me and excited to get started.{{#notes.highlight}} Our conversation about {{notes.highlight}} was one of the reasons I wanted to join, and I look forward to working on it together.{{/notes.highlight}}

{{#sender.strengths}}I look forward to putting my experience in {{sender.strengths}} to work for the team. {{/sender.strengths}}Please let me know the next steps, and whether there is anything I should prepare before my first day.

Thank you again.

Best regards,
{{sender.signature}}
`;
