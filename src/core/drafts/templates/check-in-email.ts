// Built-in default for "check-in-email" (R11, R13, R19), written in our own words; users may override it by id.
export const CHECK_IN_EMAIL = `Subject: Following up on the {{application.role}} position

{{greeting}}

I hope your week is going well. I am writing to follow up on our interview {{interview.when}} for the {{application.role}} position at {{company.name}}.{{#news.decisionTimeline}} {{news.decisionTimeline}}, so I thought I would check in.{{/news.decisionTimeline}}{{^news.decisionTimeline}}{{#interview.decisionTimeline}} When we spoke, {{interview.decisionTimeline}}, so I thought I would check in.{{/interview.decisionTimeline}}{{/news.decisionTimeline}}

I remain very interested in the role{{#notes.highlight}}, and I keep coming back to our conversation about {{notes.highlight}}{{/notes.highlight}}.{{#claims.newsPicked}}{{#watch.news}} I was also glad to read the news from {{company.name}}: {{watch.news}}.{{/watch.news}}{{/claims.newsPicked}}{{#sender.strengths}} I would be glad to bring my experience in {{sender.strengths}} to your team.{{/sender.strengths}}

{{#claims.replyReceived}}Thank you again for getting back to me. {{/claims.replyReceived}}Is there anything more I can provide to help with your decision? I would also be glad to hear about the next steps in the process when it is convenient for you.{{#watch.postingsToRecruiter}} I also see that {{company.name}} is hiring for other positions ({{watch.postingsToRecruiter}}); if one of them suits my background, I would be glad to be considered for it too.{{/watch.postingsToRecruiter}}

Thank you for your time.

Best regards,
{{sender.signature}}
`;
