// Built-in default for "long-range-check-in-email" (R17), written in our own words; users may override it by id.
export const LONG_RANGE_CHECK_IN_EMAIL = `Subject: Staying in touch

{{greeting}}

I hope you are well. {{#claims.followUpAgreed}}When we spoke about the {{application.role}} position at {{company.name}}, you kindly agreed that I could follow up later, and I am grateful for that.{{/claims.followUpAgreed}}{{^claims.followUpAgreed}}Thank you again for the time you gave me when we spoke about the {{application.role}} position at {{company.name}}; I wanted to stay in touch.{{/claims.followUpAgreed}}{{#notes.highlight}} I still think about our conversation about {{notes.highlight}}.{{/notes.highlight}}{{#claims.newsPicked}}{{#watch.news}} I was also glad to read the news from {{company.name}}: {{watch.news}}.{{/watch.news}}{{/claims.newsPicked}}

I remain interested in working with your team. Are there any roles coming up where my background could help, and what would the process be? I would be happy to send an updated resume or talk whenever it suits you.

Best regards,
{{sender.signature}}
`;
