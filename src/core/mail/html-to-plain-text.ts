import { decodeHTML } from "entities";
import { compile, type HtmlToTextOptions } from "html-to-text";

/**
 * Past this many tags html-to-text is not used: its parser (htmlparser2) slows down with the
 * square of the nesting, ~0.3 s at 10,000 nested tags and ~10 s at 200,000, so such mail goes
 * through the linear stripper below instead (BENCHMARKS.md, "HTML mail to text").
 */
export const MAX_CONVERTED_TAGS = 10_000;

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  limits: { maxDepth: 64, maxChildNodes: MAX_CONVERTED_TAGS },
  selectors: [
    { selector: "a", options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
    { selector: "img", format: "skip" },
    // Preheaders and tracking blocks that no reader sees are not the message's words.
    { selector: '[style*="display:none"]', format: "skip" },
    { selector: '[style*="display: none"]', format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "h5", options: { uppercase: false } },
    { selector: "h6", options: { uppercase: false } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
};

// Compiled once: the selectors are built on the first use, not on every message.
let converter: ((html: string) => string) | undefined;

/**
 * The words of an HTML-only message as a reader sees them (R25: kept whole and searchable):
 * every named and numeric entity decoded ("Verm&ouml;gen" → "Vermögen"), paragraphs and line
 * breaks as lines, list items as "* " lines, links as "text [address]", scripts, styles and
 * images left out.
 */
export function htmlToPlainText(html: string): string {
  const tags = html.match(/<[a-zA-Z!/]/g)?.length ?? 0;
  converter ??= compile(OPTIONS);
  const text = tags > MAX_CONVERTED_TAGS ? stripTags(html) : converter(html);
  return (
    text
      // No-break spaces (&nbsp;, U+202F) as plain ones: the log is searched and read as text.
      .replace(/[\u00a0\u202f]/g, " ")
      .replace(/\r\n?/g, "\n")
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

/** Linear: blocks to lines, tags out, every entity decoded by the WHATWG table. */
function stripTags(html: string): string {
  const text = html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<li\b[^>]*>/gi, "\n * ")
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h[1-6]|ul|ol|table)\s*>/gi, "\n")
    .replace(/<[^>]*>/g, "");
  return decodeHTML(text);
}
