// Built-in default for "thank-you-email" (R6, R7, R19), written in our own words; users may override it by id.
export const THANK_YOU_EMAIL = `Subject: Thank you for the {{application.role}} interview

{{greeting}}

Thank you for taking the time to speak with me {{interview.when}} about the {{application.role}} position at {{company.name}}.{{#notes.highlight}} One part of our conversation especially stayed with me: {{notes.highlight}}.{{/notes.highlight}}

Our talk left me even more interested in joining your team.{{#notes.qualification}} You asked about {{notes.qualification}}, and I would be glad to tell you more about that work.{{/notes.qualification}}{{#sender.strengths}} I hope my experience in {{sender.strengths}} can be useful to the team.{{/sender.strengths}}
{{#notes.clarify}}
I would also like to add to one point from our conversation: {{notes.clarify}}.
{{/notes.clarify}}
{{#notes.personalInterestClause}}
It was a pleasure to hear that {{notes.personalInterestClause}}.
{{/notes.personalInterestClause}}{{#notes.question}}
I would be glad to hear more about {{notes.question}}.
{{/notes.question}}
If there is anything else I can send you, please let me know. I look forward to hearing about the next steps{{#interview.decisionTimeline}} (when we spoke, {{interview.decisionTimeline}}){{/interview.decisionTimeline}}.

Thank you again for your time.

Best regards,
{{sender.signature}}
`;
