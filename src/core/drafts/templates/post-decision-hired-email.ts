// Built-in default for "post-decision-hired-email" (R17), written in our own words; users may override it by id.
export const POST_DECISION_HIRED_EMAIL = `Subject: Thank you for the {{application.role}} offer

{{greeting}}

{{#claims.decisionMade}}Thank you for choosing me for the {{application.role}} position at {{company.name}}. I am grateful for your confidence in me and{{/claims.decisionMade}}{{^claims.decisionMade}}Thank you for your time during the interviews for the {{application.role}} position at {{company.name}}. I am{{/claims.decisionMade}} excited to get started.{{#notes.highlight}} I enjoyed our conversation about {{notes.highlight}}.{{/notes.highlight}}

{{#sender.strengths}}I look forward to putting my experience in {{sender.strengths}} to work for the team. {{/sender.strengths}}Please let me know the next steps, and whether there is anything I should prepare before my first day.

Thank you again.

Best regards,
{{sender.signature}}
`;
