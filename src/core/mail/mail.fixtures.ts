// Mail as real programs write it, made for these tests (issue 15). Bytes are written with
// Buffer.from(…, "latin1"), so "\xf6" is the one byte 0xF6, as a legacy client would send it.

const crlf = (lines: string[]) => `${lines.join("\r\n")}\r\n`;

/**
 * A recruiting system's HTML-only mail (no text part), quoted-printable, with named and numeric
 * entities, a hidden preheader, a list, a link and a table, as applicant-tracking systems send.
 */
export const HTML_ONLY_RECRUITING = Buffer.from(
  crlf([
    "Return-Path: <no-reply@talent.northwind.example>",
    'From: "Northwind Talent Team" <no-reply@talent.northwind.example>',
    "Reply-To: Jana Krüger <jana.krueger@northwind.example>",
    "To: Ana Ruiz <ana@example.com>",
    "Subject: =?UTF-8?Q?Ihre_Bewerbung_=E2=80=93_n=C3=A4chste_Schritte?=",
    "Date: Mon, 23 Nov 2026 08:41:07 +0100",
    "Message-ID: <ats.8842.20261123074107@talent.northwind.example>",
    "MIME-Version: 1.0",
    'Content-Type: text/html; charset="UTF-8"',
    "Content-Transfer-Encoding: quoted-printable",
    "",
    '<!DOCTYPE html><html><head><meta charset=3D"utf-8"><style>p{margin:0}</style><=',
    "/head><body>",
    '<div style=3D"display:none;max-height:0">Vorschau: bitte nicht lesen</div>',
    "<p>Liebe Frau Ruiz,</p>",
    "<p>vielen Dank f&uuml;r das Gespr&auml;ch. Ihr Verm&ouml;gen, Teams zu f&uuml;hren, =",
    "hat uns &uuml;berzeugt &ndash; wir m&ouml;chten Sie zur n&auml;chsten Runde einladen=",
    "&#8239;&#x1F642;.</p>",
    "<p>Was Sie erwartet:</p>",
    "<ul><li>ein Fallbeispiel (&frac12;&nbsp;Stunde)</li><li>Gespr&auml;ch mit dem =",
    "Team &amp; der Leitung</li></ul>",
    '<p>Bitte w&auml;hlen Sie einen Termin: <a href=3D"https://talent.northwind.exam=',
    'ple/slots?c=3D8842&amp;l=3Dde">Termin w&auml;hlen</a></p>',
    "<table><tr><th>Ort</th><td>M&uuml;nchen, Stra&szlig;e 5</td></tr></table>",
    "<p>It&rsquo;s a &quot;hybrid&quot; day &mdash; &euro;&#8239;50 travel paid.</p>",
    "<p>Mit freundlichen Gr&uuml;&szlig;en<br>Jana Kr&uuml;ger</p>",
    '<img src=3D"https://talent.northwind.example/pixel.gif" alt=3D"">',
    "</body></html>",
  ]),
  "utf8",
);

/** A UTF-7 body (RFC 2152), as some older clients and gateways still send it. */
export const UTF7_MESSAGE = Buffer.from(
  crlf([
    "From: =?utf-7?Q?J+APY-rg_M+APw-ller?= <joerg.mueller@globex.example>",
    "To: ana@example.com",
    "Subject: =?UTF-7?B?R3IrQVB3QTN3LWUgYXVzIE0rQVB3LW5jaGVu?=",
    "Date: Tue, 24 Nov 2026 16:20:00 +0100",
    "Message-ID: <utf7-1@globex.example>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-7",
    "Content-Transfer-Encoding: 7bit",
    "",
    "Liebe Ana,",
    "",
    "die Fr+APY-sche im Teich gr+APw-+AN8-en Sie +ACY- wir melden uns bis Freitag.",
    "Preis: 5+IKw-, Datei: A+ACs-B.txt",
  ]),
  "latin1",
);

/**
 * Encoded words with raw 8-bit bytes inside them (RFC 2047 forbids it; mailers write it): one
 * declared ISO-8859-1 holding the Latin-1 byte of "ö", one declared UTF-8 holding raw UTF-8, and
 * a raw Latin-1 display name with no encoded word at all.
 */
export const ENCODED_WORD_RAW_8BIT = Buffer.from(
  crlf([
    "From: J\xf6rg Fr\xf6hlich <joerg@globex.example>",
    "To: ana@example.com",
    "Subject: =?ISO-8859-1?Q?Fr\xf6sche_im_Teich?= und =?UTF-8?Q?gr=C3=BCne_Fr\xc3\xb6sche?=",
    "Date: Wed, 25 Nov 2026 09:00:00 +0100",
    "Message-ID: <raw8@globex.example>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=ISO-8859-1",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Die Fr\xf6sche sind gr\xfcn.",
  ]),
  "latin1",
);

function message(headers: string[], body: string): string {
  return [...headers, "", body].join("\n");
}

/**
 * An mbox of five messages where two are broken: the second has no From header; the fourth has
 * no Date header and a separator line without a date, so it has no date at all.
 */
export const MBOX_WITH_BROKEN = Buffer.from(
  [
    "From dana@acme.example Mon Nov 23 10:00:00 2026",
    message(
      [
        "From: Dana Whitfield <dana@acme.example>",
        "To: ana@example.com",
        "Subject: Next steps",
        "Date: Mon, 23 Nov 2026 10:00:00 +0000",
        "Message-ID: <mbox-1@acme.example>",
      ],
      "We would like a second round.\n",
    ),
    "From MAILER-DAEMON Mon Nov 23 11:00:00 2026",
    message(
      ["To: ana@example.com", "Subject: Undeliverable", "Message-ID: <mbox-2@mx.example>"],
      "A message with no sender.\n",
    ),
    "From raj@acme.example Mon Nov 23 12:00:00 2026",
    message(
      [
        "From: Raj Patel <raj@acme.example>",
        "To: ana@example.com",
        "Subject: Re: Thank you",
        "Date: Mon, 23 Nov 2026 12:00:00 +0000",
        "Message-ID: <mbox-3@acme.example>",
      ],
      "Thanks, Ana.\n",
    ),
    "From -",
    message(
      [
        "From: Dana Whitfield <dana@acme.example>",
        "To: ana@example.com",
        "Subject: Draft without a date",
        "Message-ID: <mbox-4@acme.example>",
      ],
      "No Date header here.\n",
    ),
    "From dana@acme.example Mon Nov 23 14:00:00 2026",
    message(
      [
        "From: Dana Whitfield <dana@acme.example>",
        "To: ana@example.com",
        "Subject: Directions",
        "Date: Mon, 23 Nov 2026 14:00:00 +0000",
        "Message-ID: <mbox-5@acme.example>",
      ],
      "The office is on the 5th floor.\n",
    ),
  ].join("\n"),
  "utf8",
);
