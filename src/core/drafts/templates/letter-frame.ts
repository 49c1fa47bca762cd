// The blocks of a letter by post (R10), set above any message written as a letter: the sender's
// address, the date as the sender's country writes it, the recipient's name, title, company and
// address. A line the records lack is left out (findMissing says what to add), never a placeholder.
export const LETTER_FRAME = `{{#sender.name}}{{sender.name}}
{{/sender.name}}{{#sender.address}}{{sender.address}}
{{/sender.address}}{{#sender.email}}{{sender.email}}
{{/sender.email}}{{#sender.phone}}{{sender.phone}}
{{/sender.phone}}
{{today}}

{{#recipient.name}}{{recipient.name}}
{{/recipient.name}}{{#recipient.title}}{{recipient.title}}
{{/recipient.title}}{{company.name}}
{{#recipient.address}}{{recipient.address}}
{{/recipient.address}}
`;
