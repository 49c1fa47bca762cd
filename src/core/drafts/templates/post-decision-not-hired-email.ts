// Built-in default for "post-decision-not-hired-email" (R17, R18), written in our own words; users may override it by id.
export const POST_DECISION_NOT_HIRED_EMAIL = `Subject: Thank you for the opportunity

{{greeting}}

{{#claims.decisionMade}}Thank you for letting me know about your decision on the {{application.role}} position. Although I am disappointed, I{{/claims.decisionMade}}{{^claims.decisionMade}}Thank you again for the opportunity to interview for the {{application.role}} position. I{{/claims.decisionMade}} am grateful for the time you and your team gave me during the process.{{#notes.highlight}} I especially valued our conversation about {{notes.highlight}}.{{/notes.highlight}}

I remain interested in {{company.name}} and would welcome the chance to work with you in the future. If another role opens that fits my background, I hope you will keep me in mind, and I would be glad to stay in touch.

Best regards,
{{sender.signature}}
`;
