// Built-in default for "open-positions-inquiry-email" (R17, R20, R13), written in our own words; users may override it by id.
export const OPEN_POSITIONS_INQUIRY_EMAIL = `Subject: Other openings at {{company.name}}

{{greeting}}

Thank you again for considering me for the {{application.role}} position. I enjoyed learning about {{company.name}}{{#notes.highlight}}, especially {{notes.highlight}}{{/notes.highlight}}, and I remain very interested in working with your team.

I noticed that {{company.name}} has posted other openings. Would you be open to considering me for a role that fits my background, and could you tell me what the process would be?{{#sender.strengths}} I would bring {{sender.strengths}}.{{/sender.strengths}} If nothing is open right now, may I follow up with you in a month or two?

Thank you for your time.

Best regards,
{{sender.signature}}
`;
