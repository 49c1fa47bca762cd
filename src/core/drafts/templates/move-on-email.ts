// Built-in default for "move-on-email" (R15), written in our own words; users may override it by id.
export const MOVE_ON_EMAIL = `Subject: Thank you, and staying in touch

{{greeting}}

Thank you again for considering me for the {{application.role}} position at {{company.name}}. I understand the timing may not be right, so this will be my last note on this role.

I enjoyed meeting you{{#notes.highlight}} and talking about {{notes.highlight}}{{/notes.highlight}}. I remain interested in {{company.name}} and would be glad to stay in touch. If a role that fits my background opens in the future, I would welcome hearing from you.

Best regards,
{{sender.signature}}
`;
