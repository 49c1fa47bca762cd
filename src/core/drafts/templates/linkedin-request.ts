// Built-in default for "linkedin-request" (R5, R9), written in our own words; users may override it by id.
export const LINKEDIN_REQUEST = `{{greeting}} thank you for our conversation about the {{application.role}} role at {{company.name}}.{{#notes.personalInterest}} You mentioned {{notes.personalInterest}}, and I would be glad to share more on that.{{/notes.personalInterest}}{{^notes.personalInterest}}{{#notes.highlight}} I enjoyed hearing about {{notes.highlight}}.{{/notes.highlight}}{{/notes.personalInterest}} I would like to stay in touch. {{sender.name}}
`;
