// News feeds written for the tests in the shapes real press-release feeds take, including the
// ways they break (R20): dates no parser knows, markup in titles, a declared encoding that is not
// the one used, a file cut short, and a web page where a feed was expected.

export const RSS_PRESS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Acme Newsroom</title>
    <link>https://www.acme.example/news</link>
    <description>Press releases from Acme</description>
    <item>
      <title>Acme opens a data centre in Dublin</title>
      <link>https://www.acme.example/news/dublin-data-centre</link>
      <guid isPermaLink="false">acme-pr-2026-118</guid>
      <pubDate>Tue, 24 Nov 2026 09:00:00 +0000</pubDate>
      <description><![CDATA[<p>Acme today opened its <b>third</b> European data centre.</p>]]></description>
    </item>
    <item>
      <title>Acme reports third-quarter results</title>
      <link>https://www.acme.example/news/q3-results</link>
      <guid>https://www.acme.example/news/q3-results</guid>
      <pubDate>Thu, 05 Nov 2026 13:30:00 GMT</pubDate>
    </item>
  </channel>
</rss>`;

export const ATOM_BLOG = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Acme Engineering</title>
  <id>tag:acme.example,2026:blog</id>
  <updated>2026-11-26T10:00:00Z</updated>
  <link rel="alternate" href="https://engineering.acme.example/"/>
  <entry>
    <title type="html">How we moved the warehouse to &lt;em&gt;dbt&lt;/em&gt;</title>
    <id>tag:acme.example,2026:blog/dbt</id>
    <link rel="alternate" href="https://engineering.acme.example/dbt"/>
    <published>2026-11-26T10:00:00Z</published>
    <updated>2026-11-26T11:00:00Z</updated>
    <summary>Eighteen months, four hundred models.</summary>
  </entry>
  <entry>
    <title>Our new on-call rota</title>
    <link href="/on-call"/>
    <updated>2026-11-10T08:00:00+01:00</updated>
  </entry>
</feed>`;

export const JSON_FEED = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1",
  title: "Acme News",
  home_page_url: "https://www.acme.example/",
  feed_url: "https://www.acme.example/feed.json",
  items: [
    {
      id: "2026-11-27-partnership",
      url: "https://www.acme.example/news/partnership",
      title: "Acme and Northwind announce a partnership",
      content_html: "<p>The two companies will…</p>",
      date_published: "2026-11-27T15:00:00-05:00",
    },
    {
      id: 42,
      content_text: "A note without a title.",
      url: "https://www.acme.example/news/note",
    },
  ],
});

/** Dates written as people write them, and none at all. */
export const RSS_BAD_DATES = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Acme</title><link>https://www.acme.example/</link>
  <item><title>Written by hand</title><link>https://www.acme.example/a</link><pubDate>Tuesday, Nov 24th 2026</pubDate></item>
  <item><title>Impossible</title><link>https://www.acme.example/b</link><pubDate>2026-13-45T99:00:00Z</pubDate></item>
  <item><title>Empty</title><link>https://www.acme.example/c</link><pubDate></pubDate></item>
  <item><title>Far future</title><link>https://www.acme.example/d</link><pubDate>Fri, 01 Jan 9999 00:00:00 GMT</pubDate></item>
</channel></rss>`;

/** Markup in titles: escaped, in CDATA, double-escaped, and a script. */
export const RSS_HTML_TITLES = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Acme</title><link>https://www.acme.example/</link>
  <item><title>&lt;b&gt;Acme&lt;/b&gt; wins an award</title><link>https://www.acme.example/award</link></item>
  <item><title><![CDATA[Acme <em>expands</em> to Lisbon]]></title><link>https://www.acme.example/lisbon</link></item>
  <item><title>R&amp;amp;D at Acme</title><link>https://www.acme.example/rnd</link></item>
  <item><title>&lt;script&gt;alert(1)&lt;/script&gt;Hiring day</title><link>https://www.acme.example/hiring</link></item>
</channel></rss>`;

/** A feed that says ISO-8859-1 and is: "Café opens in Zürich" in Latin-1 bytes. */
export const RSS_LATIN1_BYTES: Uint8Array = latin1(`<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Acme</title><link>https://www.acme.example/</link>
  <item><title>Café opens in Zürich</title><link>https://www.acme.example/zurich</link><guid>zurich</guid></item>
</channel></rss>`);

/** A feed that says UTF-8 but is Latin-1 (a CMS that never converted its old posts). */
export const RSS_WRONG_ENCODING_BYTES: Uint8Array = latin1(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Acme</title><link>https://www.acme.example/</link>
  <item><title>Señor Pérez joins the board</title><link>https://www.acme.example/board</link></item>
</channel></rss>`);

/** Cut off in the middle of the second item, as a dropped connection leaves it. */
export const RSS_TRUNCATED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Acme</title><link>https://www.acme.example/</link>
  <item><title>Complete item</title><link>https://www.acme.example/complete</link><guid>complete</guid></item>
  <item><title>Half an it`;

/** The newsroom page itself, not its feed: it names the feed in a link element. */
export const HTML_NEWSROOM = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Newsroom | Acme</title>
<link rel="alternate" type="application/rss+xml" title="Acme press releases" href="/news/feed.xml">
</head><body><h1>Newsroom</h1><article><h2>Acme opens a data centre in Dublin</h2></article></body></html>`;

/** A page with no feed at all. */
export const HTML_NO_FEED = `<!DOCTYPE html><html><head><title>Careers</title></head><body><p>Join us</p></body></html>`;

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}
