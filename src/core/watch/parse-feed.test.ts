import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as F from "./parse-feed.fixtures.js";
import { parseNewsFeed } from "./parse-feed.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (
  bytes: Uint8Array,
  type: string | null = null,
  url = "https://www.acme.example/feed",
) => parseNewsFeed(bytes, type, url);
const items = (bytes: Uint8Array, type: string | null = null) => {
  const out = read(bytes, type);
  if (!out.ok) throw new Error(out.problem);
  return out.items;
};

describe("parseNewsFeed (R20)", () => {
  it("reads RSS 2.0 press releases by GUID, with dates and a plain-text summary", () => {
    expect(items(utf8(F.RSS_PRESS))).toEqual([
      {
        key: "id:acme-pr-2026-118",
        title: "Acme opens a data centre in Dublin",
        url: "https://www.acme.example/news/dublin-data-centre",
        publishedAt: "2026-11-24T09:00:00.000Z",
        summary: "Acme today opened its third European data centre.",
      },
      {
        key: "id:https://www.acme.example/news/q3-results",
        title: "Acme reports third-quarter results",
        url: "https://www.acme.example/news/q3-results",
        publishedAt: "2026-11-05T13:30:00.000Z",
        summary: null,
      },
    ]);
  });

  it("reads Atom, an entry without an id by its link resolved against the feed", () => {
    const atom = items(utf8(F.ATOM_BLOG));
    expect(atom.map((i) => [i.key, i.title, i.publishedAt])).toEqual([
      [
        "id:tag:acme.example,2026:blog/dbt",
        "How we moved the warehouse to dbt",
        "2026-11-26T10:00:00.000Z",
      ],
      [
        "url:https://engineering.acme.example/on-call",
        "Our new on-call rota",
        "2026-11-10T07:00:00.000Z",
      ],
    ]);
  });

  it("reads JSON Feed, by its content type or its first character", () => {
    const json = items(utf8(F.JSON_FEED), "application/feed+json");
    expect(json.map((i) => [i.key, i.title, i.publishedAt])).toEqual([
      [
        "id:2026-11-27-partnership",
        "Acme and Northwind announce a partnership",
        "2026-11-27T20:00:00.000Z",
      ],
      ["id:42", "A note without a title.", null],
    ]);
    expect(items(utf8(F.JSON_FEED))).toHaveLength(2);
    expect(read(utf8('{"version":"1","items":[]}'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining("not a JSON Feed"),
    });
  });

  it("keeps items whose dates cannot be read, without a date", () => {
    expect(items(utf8(F.RSS_BAD_DATES)).map((i) => i.publishedAt)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it("shows titles as text: markup removed, entities decoded, scripts dropped", () => {
    expect(items(utf8(F.RSS_HTML_TITLES)).map((i) => i.title)).toEqual([
      "Acme wins an award",
      "Acme expands to Lisbon",
      "R&D at Acme",
      "Hiring day",
    ]);
  });

  it("reads a declared Latin-1 feed, and a feed that says UTF-8 but is Latin-1", () => {
    expect(items(F.RSS_LATIN1_BYTES)[0]?.title).toBe("Café opens in Zürich");
    expect(items(F.RSS_WRONG_ENCODING_BYTES)[0]?.title).toBe("Señor Pérez joins the board");
    expect(items(F.RSS_LATIN1_BYTES, "text/xml; charset=iso-8859-1")[0]?.title).toBe(
      "Café opens in Zürich",
    );
  });

  it("keeps the items of a truncated feed that arrived whole", () => {
    expect(items(utf8(F.RSS_TRUNCATED)).map((i) => i.key)).toEqual(["id:complete"]);
  });

  it("says a web page is one, and names the feed it links to", () => {
    expect(read(utf8(F.HTML_NEWSROOM), "text/html", "https://www.acme.example/news")).toEqual({
      ok: false,
      problem:
        "This address is a web page, not a feed. The page names its feed: https://www.acme.example/news/feed.xml",
      feedLink: "https://www.acme.example/news/feed.xml",
    });
    expect(read(utf8(F.HTML_NO_FEED))).toMatchObject({
      ok: false,
      feedLink: null,
      problem: expect.stringContaining("names no feed"),
    });
    expect(read(utf8(""))).toMatchObject({ ok: false });
  });

  it("never throws on any bytes or any text (property)", () => {
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string().map(utf8),
      fc
        .string()
        .map((s) =>
          utf8(`<rss version="2.0"><channel><item><title>${s}</title><link>${s}</link></item>`),
        ),
      fc
        .jsonValue()
        .map((v) =>
          utf8(JSON.stringify({ version: "https://jsonfeed.org/version/1.1", items: [v] })),
        ),
    );
    fc.assert(
      fc.property(
        inputs,
        fc.option(fc.constantFrom("text/html", "application/json", "text/xml; charset=bogus"), {
          nil: null,
        }),
        (bytes, type) => {
          const out = read(bytes, type);
          if (out.ok)
            for (const item of out.items)
              expect(item.url === null || /^https?:/.test(item.url)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives an item the same key however often the feed is read, and whatever else it holds (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 5 }),
        (titles) => {
          const extra = titles
            .map(
              (t, i) =>
                `<item><title>${t.replace(/[<&]/g, "")}</title><link>https://www.acme.example/x/${i}</link></item>`,
            )
            .join("");
          const feed = F.RSS_PRESS.replace("<item>", () => `${extra}<item>`);
          const keys = (bytes: Uint8Array) =>
            items(bytes)
              .filter((i) => i.key.includes("acme-pr") || i.key.includes("q3-results"))
              .map((i) => i.key);
          expect(keys(utf8(feed))).toEqual(keys(utf8(F.RSS_PRESS)));
        },
      ),
    );
  });
});
