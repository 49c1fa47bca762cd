import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withPageOwner } from "../../src/transports/http/serve-web.js";

const PAGE =
  '<!doctype html><html lang="en"><head></head><body><div id="root"></div></body></html>';

/** The attributes of the page's <html>, as a parser reads them. */
function htmlAttributes(html: string): Record<string, string> {
  const tag = /<html([^>]*)>/.exec(html)?.[1] ?? "";
  return Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe("the page's owner marks (the web app's offline queue and mode read them)", () => {
  it("marks local mode with its account, hosted mode with the one signed in or none", () => {
    expect(htmlAttributes(withPageOwner(PAGE, { hosted: false, accountId: "local" }))).toEqual({
      "data-mode": "local",
      "data-account": "local",
      lang: "en",
    });
    expect(htmlAttributes(withPageOwner(PAGE, { hosted: true, accountId: "u_4Zq9" }))).toEqual({
      "data-mode": "hosted",
      "data-account": "u_4Zq9",
      lang: "en",
    });
    expect(htmlAttributes(withPageOwner(PAGE, { hosted: true, accountId: null }))).toEqual({
      "data-mode": "hosted",
      lang: "en",
    });
  });

  it("never lets an account id leave its attribute: an unsafe one is left off", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 120 }), (id) => {
        const html = withPageOwner(PAGE, { hosted: true, accountId: id });
        const attributes = htmlAttributes(html);
        expect(
          html.endsWith('lang="en"><head></head><body><div id="root"></div></body></html>'),
        ).toBe(true);
        if (/^[A-Za-z0-9_-]{1,100}$/.test(id)) expect(attributes["data-account"]).toBe(id);
        else expect(attributes).toEqual({ "data-mode": "hosted", lang: "en" });
      }),
    );
  });
});
