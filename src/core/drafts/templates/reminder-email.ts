// Built-in default for "reminder-email" (R14, R13, R19), written in our own words; users may override it by id.
export const REMINDER_EMAIL = `Subject: Checking in on the {{application.role}} position

{{greeting}}

I wanted to follow up briefly on {{#claims.messageSent}}my earlier message about {{/claims.messageSent}}{{^claims.messageSent}}our interview for {{/claims.messageSent}}the {{application.role}} position at {{company.name}}. I know hiring decisions take time, and I appreciate the care that goes into them.

I am still very interested in the role{{#notes.highlight}}, especially after our conversation about {{notes.highlight}}{{/notes.highlight}}.{{#sender.strengths}} I would be glad to bring my experience in {{sender.strengths}} to your team.{{/sender.strengths}} If it would help, I am happy to send references, work samples, or anything else you need.

Could you let me know where things stand and what the next steps might be?

Thank you for your time.

Best regards,
{{sender.signature}}
`;
