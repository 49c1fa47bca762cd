// Cards as real address books write them, byte for byte (CRLF, folding, groups, legacy QP).

const crlf = (lines: string[]) => `${lines.join("\r\n")}\r\n`;

/** A JPEG-sized base64 blob folded the way Apple Contacts folds it. */
const photo = Buffer.alloc(3000, "followthrough")
  .toString("base64")
  .match(/.{1,74}/g)
  ?.join("\r\n ");

export const APPLE_CONTACTS_EXPORT = crlf([
  "BEGIN:VCARD",
  "VERSION:3.0",
  "PRODID:-//Apple Inc.//macOS 14.5//EN",
  "N:Ångström-Núñez;Zoë;;Dr.;",
  "FN:Zoë Ångström-Núñez",
  "ORG:Acme Robotics\\, Inc.;Platform Engineering",
  "TITLE:Director of Engineering",
  "item1.EMAIL;type=INTERNET;type=HOME:zoe@home.example",
  "item2.EMAIL;type=INTERNET;type=WORK;type=pref:zoe.angstrom@acme.example",
  "item3.TEL;type=CELL;type=VOICE:+1 (415) 555-0101",
  "TEL;type=WORK;type=VOICE:+1 (415) 555-0199",
  "item4.ADR;type=WORK;type=pref:;;1 Infinite Loop\\nBuilding 4;Cupertino;CA;95014;United States",
  "item4.X-ABADR:us",
  "item5.URL;type=pref:https\\://acme.example",
  "item5.X-ABLabel:_$!<HomePage>!$_",
  "X-SOCIALPROFILE;type=linkedin:https\\://www.linkedin.com/in/zoe-angstrom",
  "NOTE:Asked about the on-call rota\\; promised to send the migration write-up.\\nL",
  " ikes sailing.",
  `PHOTO;ENCODING=b;TYPE=JPEG:${photo}`,
  "END:VCARD",
]);

export const GOOGLE_CONTACTS_EXPORT = crlf([
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Dana Whitfield",
  "N:Whitfield;Dana;;;",
  "EMAIL;TYPE=INTERNET;TYPE=HOME:dana.w@gmail.example",
  "EMAIL;TYPE=INTERNET;TYPE=WORK:dana.whitfield@acme.example",
  "TEL;TYPE=CELL:+44 7700 900123",
  "ADR;TYPE=WORK:;;221B Baker Street;London;;NW1 6XE;United Kingdom",
  "ORG:Acme",
  "TITLE:Hiring Manager",
  "URL:https://www.linkedin.com/in/danawhitfield",
  "CATEGORIES:myContacts",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:渡辺 健",
  "N:渡辺;健;;;",
  "EMAIL;TYPE=INTERNET:ken.watanabe@example.jp",
  "ORG:Example KK",
  "CATEGORIES:myContacts",
  "END:VCARD",
]);

/** Outlook's "vCard 2.1" export: bare parameters, quoted-printable with soft line breaks. */
export const OUTLOOK_21_EXPORT = crlf([
  "BEGIN:VCARD",
  "VERSION:2.1",
  "N;LANGUAGE=en-us;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:N=C3=BA=C3=B1ez;Mar=C3=ADa;;;",
  "FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Mar=C3=ADa N=C3=BA=C3=B1ez",
  "ORG:Contoso Ltd.;Talent",
  "TITLE:Senior Recruiter",
  "TEL;HOME;VOICE:+1 206 555 0111",
  "TEL;WORK;VOICE:+1 206 555 0100",
  "ADR;WORK;ENCODING=QUOTED-PRINTABLE:;;One Microsoft Way;Redmond;WA;98052;United States of Am=",
  "erica",
  "EMAIL;PREF;INTERNET:maria.nunez@contoso.example",
  "NOTE;ENCODING=QUOTED-PRINTABLE:Met at the panel interview.=0D=0AWants the portfolio link =E2=80=94 =",
  "send by Friday.",
  "REV:20260115T101500Z",
  "END:VCARD",
]);

export const VCARD_40 = crlf([
  "\uFEFFBEGIN:VCARD",
  "VERSION:4.0",
  "FN:Dr. Amara Okafor",
  "N:Okafor;Amara;;Dr.;",
  "TITLE:VP Product",
  "ORG:Globex;Product",
  'EMAIL;TYPE="work,internet":amara.okafor@globex.example',
  "EMAIL;PREF=1;TYPE=home:amara@okafor.example",
  'TEL;VALUE=uri;TYPE="voice,cell":tel:+234-1-555-0102',
  'TEL;VALUE=uri;TYPE="voice,work";PREF=1:tel:+234-1-555-0100',
  'ADR;TYPE=work;LABEL="12 Marina\\nLagos":;;12 Marina,Floor 3;Lagos;Lagos State;101241;Nigeria',
  "IMPP;PREF=1:xmpp:amara@globex.example",
  "URL;TYPE=work:https://globex.example",
  "URL;TYPE=social:https://linkedin.com/in/amara-okafor",
  "NOTE:Second-round panel\\, with CTO.",
  "END:VCARD",
]);
