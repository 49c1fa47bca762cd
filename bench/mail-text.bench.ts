// Cost of reading mail text (issue 15): HTML-only mail through html-to-text, the guard for
// deeply nested HTML, and the legacy-charset repair on mail that needs none. Each figure is
// printed beside a reference measured in the same run on the same bytes (a regex tag strip, or
// postal-mime alone), so a slower machine moves both.
import PostalMime from "postal-mime";
import { htmlToPlainText, MAX_CONVERTED_TAGS } from "../src/core/mail/html-to-plain-text.js";
import { HTML_ONLY_RECRUITING, UTF7_MESSAGE } from "../src/core/mail/mail.fixtures.js";
import { parseMail } from "../src/core/mail/parse-mail.js";
import { repairLegacyMime } from "../src/core/mail/repair-legacy-mime.js";
import { type BenchResult, median } from "./bench-result.js";

const RUNS = 7;

function regexStrip(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

async function ms(work: () => unknown, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return Number(median(times).toFixed(2));
}

/** A recruiting newsletter's shape: paragraphs with entities, lists, links and a table, ~`size` chars. */
function newsletter(size: number): string {
  const block =
    '<p>Ihr Verm&ouml;gen &amp; Sie&rsquo;re &#8211; <a href="https://jobs.example/a?x=1&amp;y=2">Stelle</a></p><ul><li>eins</li><li>zwei</li></ul><table><tr><td>Ort</td><td>M&uuml;nchen</td></tr></table>\n';
  return `<html><body>${block.repeat(Math.ceil(size / block.length))}</body></html>`;
}

export async function benchMailText(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const tagsOf = (html: string) => html.match(/<[a-zA-Z!/]/g)?.length ?? 0;
  const html50k = newsletter(50_000);
  const html200k = newsletter(200_000);
  const nestedAtCap = `${"<div>".repeat(MAX_CONVERTED_TAGS)}x`;
  const nestedHuge = `${"<b>".repeat(200_000)}x`;
  const utf8Mail = Buffer.from(
    `From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${"Grüße aus München, Frösche im Teich. ".repeat(28_000)}\r\n`,
    "utf8",
  );
  htmlToPlainText(newsletter(5_000)); // warm up the converter's selectors once
  const pair = async (
    name: string,
    mine: () => unknown,
    reference: () => unknown,
    what: string,
  ) => {
    const value = await ms(mine);
    const ref = await ms(reference);
    results.push({ name, value, unit: "ms", note: `${what}: ${ref} ms in the same run` });
  };
  await pair(
    "parseMail, the HTML-only recruiting fixture (2.6 kB)",
    () => parseMail(HTML_ONLY_RECRUITING),
    () => PostalMime.parse(HTML_ONLY_RECRUITING),
    "postal-mime alone",
  );
  await pair(
    "parseMail, the UTF-7 fixture",
    () => parseMail(UTF7_MESSAGE),
    () => PostalMime.parse(UTF7_MESSAGE),
    "postal-mime alone (UTF-7 left undecoded)",
  );
  await pair(
    `htmlToPlainText, a 50 kB newsletter (${tagsOf(html50k)} tags: html-to-text)`,
    () => htmlToPlainText(html50k),
    () => regexStrip(html50k),
    "regex tag strip",
  );
  await pair(
    `htmlToPlainText, a 200 kB newsletter (${tagsOf(html200k)} tags, over the cap: linear stripper)`,
    () => htmlToPlainText(html200k),
    () => regexStrip(html200k),
    "regex tag strip",
  );
  await pair(
    `htmlToPlainText, ${MAX_CONVERTED_TAGS} nested tags (the cap, html-to-text)`,
    () => htmlToPlainText(nestedAtCap),
    () => regexStrip(nestedAtCap),
    "regex tag strip",
  );
  await pair(
    "htmlToPlainText, 200,000 nested tags (over the cap: linear stripper)",
    () => htmlToPlainText(nestedHuge),
    () => regexStrip(nestedHuge),
    "regex tag strip",
  );
  await pair(
    `repairLegacyMime, a ${(utf8Mail.length / 1e6).toFixed(1)} MB UTF-8 message (nothing to repair)`,
    () => repairLegacyMime(utf8Mail),
    () => Buffer.from(utf8Mail).toString("latin1"),
    "reading its bytes as latin1",
  );
  return results;
}
