import { parseFeed as parseXmlFeed } from "@rowanmanning/feed-parser";
import { decodeText } from "./decode-text.js";
import { plainText } from "./plain-text.js";
import { safeUrl } from "./safe-url.js";
import { toInstant } from "./to-instant.js";
import type { NewsItem, ParseOutcome } from "./watch.types.js";
import {
  MAX_FIELD_CHARS,
  MAX_ITEMS_PER_RESPONSE,
  MAX_SUMMARY_CHARS,
  MAX_TITLE_CHARS,
} from "./watch-limits.js";

export interface ParsedFeed {
  title: string | null;
  items: NewsItem[];
}

interface Candidate {
  id: unknown;
  title: unknown;
  url: unknown;
  date: unknown;
  summary: unknown;
}

/**
 * The items of a news feed (RSS 2.0, Atom or JSON Feed) from a response's bytes (R20). Never
 * throws: a web page says so and names the feed it links to; a feed cut short keeps the items
 * that arrived whole. Relative links are resolved against the feed's own URL.
 */
export function parseNewsFeed(
  bytes: Uint8Array,
  contentType: string | null,
  feedUrl: string,
): ParseOutcome<ParsedFeed> {
  const body = decodeText(bytes, contentType);
  const start = body.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith("{") || /json/i.test(contentType ?? "")) return fromJsonFeed(body, feedUrl);
  if (start.startsWith("<!doctype html") || /^(<\?xml[^>]*>\s*)?<html[\s>]/.test(start))
    return webPage(body, feedUrl);
  let parsed: ReturnType<typeof parseXmlFeed>;
  try {
    parsed = parseXmlFeed(body);
  } catch {
    return {
      ok: false,
      problem:
        "The address answered with something that is not a news feed (RSS, Atom or JSON Feed).",
    };
  }
  // A truncated or odd entry comes back empty; only items with a title or link are kept.
  const candidates: Candidate[] = parsed.items.map((item) => ({
    id: item.id,
    title: item.title,
    url: item.url,
    date: item.published ?? item.updated,
    summary: item.description ?? item.content,
  }));
  return {
    ok: true,
    title: text(parsed.title, MAX_FIELD_CHARS),
    items: toItems(candidates, feedUrl),
  };
}

function fromJsonFeed(body: string, feedUrl: string): ParseOutcome<ParsedFeed> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {
      ok: false,
      problem: "The address answered with JSON that could not be read as a JSON Feed.",
    };
  }
  const feed = isRow(json) ? json : {};
  if (
    typeof feed.version !== "string" ||
    !feed.version.includes("jsonfeed.org") ||
    !Array.isArray(feed.items)
  )
    return {
      ok: false,
      problem: "The address answered with JSON that is not a JSON Feed (jsonfeed.org).",
    };
  const candidates: Candidate[] = feed.items.filter(isRow).map((item) => ({
    id: item.id,
    title: item.title,
    url: item.url ?? item.external_url,
    date: item.date_published ?? item.date_modified,
    summary: item.summary ?? item.content_text ?? item.content_html,
  }));
  return {
    ok: true,
    title: text(feed.title, MAX_FIELD_CHARS),
    items: toItems(candidates, feedUrl),
  };
}

function webPage(body: string, pageUrl: string): ParseOutcome<ParsedFeed> {
  const links = body.match(/<link\b[^>]*>/gi) ?? [];
  for (const tag of links) {
    const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? "";
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (rel !== "alternate" || !/^application\/(rss|atom|feed)\+(xml|json)$/.test(type) || !href)
      continue;
    const feedLink = safeUrl(href[1] ?? href[2] ?? href[3], pageUrl);
    if (feedLink !== null)
      return {
        ok: false,
        problem: `This address is a web page, not a feed. The page names its feed: ${feedLink}`,
        feedLink,
      };
  }
  return {
    ok: false,
    problem:
      "This address is a web page, not a feed, and the page names no feed. Paste the feed's own address (often ending in /feed, /rss or .xml).",
    feedLink: null,
  };
}

function toItems(candidates: Candidate[], base: string): NewsItem[] {
  const seen = new Set<string>();
  const items: NewsItem[] = [];
  for (const c of candidates) {
    if (items.length >= MAX_ITEMS_PER_RESPONSE) break;
    const url = safeUrl(c.url, base);
    const id =
      typeof c.id === "number" ? String(c.id) : typeof c.id === "string" ? c.id.trim() : "";
    const key = id !== "" ? `id:${id.slice(0, 500)}` : url !== null ? `url:${url}` : null;
    const title = text(c.title, MAX_TITLE_CHARS) ?? (url === null ? null : text(c.summary, 80));
    if (key === null || title === null || seen.has(key)) continue;
    seen.add(key);
    items.push({
      key,
      title,
      url,
      publishedAt: toInstant(c.date),
      summary: text(c.summary, MAX_SUMMARY_CHARS),
    });
  }
  return items;
}

function text(value: unknown, max: number): string | null {
  if (typeof value !== "string") return null;
  const t = plainText(value, max);
  return t === "" ? null : t;
}

function isRow(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
