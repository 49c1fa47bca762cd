// Built-in default for "open-positions-inquiry-email" (R17, R20, R13), written in our own words; users may override it by id.
export const OPEN_POSITIONS_INQUIRY_EMAIL = `Subject: Other openings at {{company.name}}

{{greeting}}

Thank you again for considering me for the {{application.role}} position. I enjoyed learning about {{company.name}}{{#notes.highlight}}, especially {{notes.highlight}}{{/notes.highlight}}, and I remain very interested in working with your team.

{{#claims.openingsPosted}}I noticed that {{company.name}} has posted other openings{{#watch.postings}}: {{watch.postings}}{{/watch.postings}}. Could my background fit one of them? If so, I would be glad to be considered, and to hear what the process would be.{{/claims.openingsPosted}}{{^claims.openingsPosted}}Are there other openings at {{company.name}} where my background could help? If so, I would be glad to be considered, and to hear what the process would be.{{/claims.openingsPosted}}{{#sender.strengths}} My experience is in {{sender.strengths}}.{{/sender.strengths}} If nothing is open right now, may I follow up with you in a month or two?

Thank you for your time.

Best regards,
{{sender.signature}}
`;
