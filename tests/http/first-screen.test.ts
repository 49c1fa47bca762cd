// The first page of `/` carries Today's agenda (R26), so no request stands before the first card:
// the data of the request's account and nobody else's, in a JSON data script that no user text
// can break out of or turn into HTML.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, createApiClient } from "../../src/client/api-client.js";
import { INLINED_AGENDA_ID, TODAY_PAGE_SIZE } from "../../src/client/inlined-data.js";
import { withoutSources } from "../../src/core/planner/source-titles.js";
import { createApp } from "../../src/transports/http/create-app.js";
import { jsonForScript } from "../../src/transports/http/json-for-script.js";
import {
  escapeHtml,
  localeOf,
  withRenderedRoot,
} from "../../src/transports/http/render-today-html.js";
import type { UseCaseContext } from "../../src/use-cases/context.js";
import { STORE_KINDS } from "../support/test-store.js";
import { useTestStore } from "../support/use-test-store.js";

const HOSTILE = "</script><img src=x onerror=alert(1)>";
const PAGE =
  '<!doctype html><html><head><script type="module" src="/assets/app-1.js"></script></head><body><div id="root"></div></body></html>';
const OPENING = `<script type="application/json" id="${INLINED_AGENDA_ID}">`;

/** The text of the page's data script, up to the first `</script>` an HTML parser would see. */
function dataScript(html: string): string | null {
  const start = html.indexOf(OPENING);
  if (start < 0) return null;
  const from = start + OPENING.length;
  return html.slice(from, html.indexOf("</script>", from));
}

describe("JSON for a data script", () => {
  it("escapes what could end the script or start markup, and parses back to the same value", () => {
    const value = { name: `${HOSTILE} <!-- & \u2028\u2029 $& $1`, n: [1, null, true] };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

/** What an HTML parser reads from escaped text (the five entities escapeHtml writes). */
function unescapeHtml(html: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => named[name] as string);
}

describe("the first cards' HTML", () => {
  it("escapes every text so it can be neither markup nor leave its attribute, and reads back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const html = escapeHtml(text);
        expect(html).not.toMatch(/[<>"']/);
        expect(html.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
        expect(unescapeHtml(html)).toBe(text);
      }),
    );
  });

  it("takes the date language from Accept-Language's first tag, whatever the header holds", () => {
    expect(localeOf("de-DE,de;q=0.9,en;q=0.8")).toBe("de-DE");
    expect(localeOf("en-GB")).toBe("en-GB");
    expect(localeOf(undefined)).toBe("en-US");
    expect(localeOf("*")).toBe("en-US");
    expect(localeOf("not a tag!")).toBe("en-US");
    fc.assert(
      fc.property(fc.string(), (header) => {
        const locale = localeOf(header);
        expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).toEqual([locale]);
      }),
    );
  });

  it("goes inside the empty root only, with a `$&` kept as it is", () => {
    expect(withRenderedRoot('<body><div id="root"></div></body>', "<p>$&</p>")).toBe(
      '<body><div id="root"><p>$&</p></div></body>',
    );
    expect(withRenderedRoot('<div id="app"></div>', "<p>x</p>")).toBe('<div id="app"></div>');
  });
});

describe.each(STORE_KINDS)("the first page of Today on %s", (kind) => {
  const ts = useTestStore(kind);
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "followthrough-web-"));
    writeFileSync(join(root, "index.html"), PAGE);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const appFor = (ctx: UseCaseContext) =>
    createApp({ store: ts.store, context: () => ctx, webRoot: root });
  const clientOf = (app: ReturnType<typeof appFor>): ApiClient =>
    createApiClient({ fetch: async (input, init) => app.request(String(input), init) });
  const interview = (company: string) => ({
    company,
    role: "Data Engineer",
    at: "2026-11-20T14:00",
    timeZone: "America/Chicago",
  });

  it("carries the agenda the API gives, with a hostile company name kept as text", async () => {
    const app = appFor(ts.ctx);
    const api = clientOf(app);
    const added = await api.addInterview(interview(HOSTILE));
    await api.addContact(added.interview.id, { name: "Dana $& Whitfield", email: "d@x.example" });
    const agenda = await api.getAgenda({ limit: TODAY_PAGE_SIZE });
    expect(JSON.stringify(agenda)).toContain(HOSTILE);

    const page = await app.request("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await page.text();
    // Nothing of the name reaches the markup: one data script, whole, and no <img>.
    expect(html).not.toContain("<img");
    expect(html).not.toContain(HOSTILE);
    expect(html.split("<script").length - 1).toBe(2);
    const text = dataScript(html);
    expect(text).not.toBeNull();
    expect(JSON.parse(text as string)).toEqual(agenda);
    expect(html.endsWith("</body></html>")).toBe(true);
  });

  it("draws the first cards as text in the root, dates in the browser's language", async () => {
    const app = appFor(ts.ctx);
    const api = clientOf(app);
    const added = await api.addInterview({ ...interview(HOSTILE), role: `<b>"Lead" & 'co'</b>` });
    const dana = await api.addContact(added.interview.id, {
      name: "<script>alert(1)</script>",
      email: "d@x.example",
    });
    await api.addNote(added.interview.id, {
      contactId: dana.id,
      kind: "highlight",
      text: "<script>alert(2)</script> loves Airflow",
    });
    const agenda = await api.getAgenda({ limit: TODAY_PAGE_SIZE });
    const rows = [...agenda.overdue, ...agenda.dueToday, ...agenda.upcoming];
    expect(rows.length).toBeGreaterThan(0);

    const page = await app.request("/", { headers: { "accept-language": "de-DE,de;q=0.9" } });
    expect(page.headers.get("vary")).toMatch(/accept-language/i);
    const html = await page.text();
    // The module script and the data script, nothing else; no tag from anyone's text.
    expect(html.split("<script").length - 1).toBe(2);
    expect(html).not.toMatch(/<(b|img)\b/);
    const root = html.slice(html.indexOf('<div id="root">'), html.indexOf(OPENING));
    // Every card of the first page, each naming its follow-up and its people as text.
    expect(root.split('<li class="card action"').length - 1).toBe(rows.length);
    for (const row of rows) {
      expect(root).toContain(`data-action-id="${escapeHtml(row.action.id)}"`);
      expect(root).toContain(escapeHtml(withoutSources(row.action.why)));
    }
    expect(root).toContain(escapeHtml("<script>alert(1)</script>"));
    expect(root).toContain(escapeHtml(HOSTILE));
    expect(root).toContain("&lt;b&gt;&quot;Lead&quot; &amp; &#39;co&#39;&lt;/b&gt;");
    // The heading's date as a German browser writes it.
    expect(root).toContain(
      new Date(`${agenda.today}T00:00:00Z`).toLocaleDateString("de-DE", {
        weekday: "short",
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      }),
    );
    expect(JSON.parse(dataScript(html) as string)).toEqual(agenda);
  });

  it("holds the request's own account's data and nothing of another's", async () => {
    await ts.store.db
      .insertInto("accounts")
      .values({ id: "other", name: "Other", createdAt: new Date(0).toISOString() })
      .execute();
    const other = appFor({ ...ts.ctx, accountId: "other" });
    const mine = appFor(ts.ctx);
    await clientOf(mine).addInterview(interview("Acme Robotics"));
    await clientOf(other).addInterview(interview("Globex Secret"));

    const myPage = await (await mine.request("/")).text();
    expect(myPage).toContain("Acme Robotics");
    expect(myPage).not.toContain("Globex Secret");
    expect(JSON.parse(dataScript(myPage) as string)).toEqual(
      await clientOf(mine).getAgenda({ limit: TODAY_PAGE_SIZE }),
    );
    const theirPage = await (await other.request("/")).text();
    expect(theirPage).toContain("Globex Secret");
    expect(theirPage).not.toContain("Acme Robotics");
  });

  it("only the page of / carries it; a repeat is 304 until the agenda changes", async () => {
    const app = appFor(ts.ctx);
    const api = clientOf(app);
    const added = await api.addInterview(interview("Acme"));
    await api.addContact(added.interview.id, { name: "Dana Whitfield", email: "d@acme.example" });
    expect(dataScript(await (await app.request("/interviews")).text())).toBeNull();

    const first = await app.request("/", { headers: { "accept-encoding": "gzip" } });
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^W\//);
    const again = await app.request("/", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");

    const agenda = await api.getAgenda();
    const row = [...agenda.overdue, ...agenda.dueToday, ...agenda.upcoming][0];
    await api.markDone(row?.action.id as string);
    const changed = await app.request("/", { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(dataScript(await changed.text())).not.toContain(row?.action.id as string);
  });
});
