import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citeSources, SOURCE_TITLES, withoutSources } from "./source-titles.js";

describe("citeSources (issue 11: reasons cite the article, not its file number)", () => {
  it("names each source by its title, the rule id kept first", () => {
    expect(
      citeSources(
        "R6/R7: thank Dana Whitfield by email the same day, naming something specific from your conversation — sources 000, 003, 004.",
      ),
    ).toBe(
      "R6/R7: thank Dana Whitfield by email the same day, naming something specific from your conversation (from “Following Up After Your Job Interview: How to Do It Successfully and Why It Matters”, “Following up after an interview is a crucial step…” and “Following Up after Your Networking Job Interview (For Dummies)”).",
    );
    expect(citeSources("R9: send the request — source 000.")).toBe(
      `R9: send the request (from “${SOURCE_TITLES["000"]}”).`,
    );
    expect(
      citeSources(
        'R8: post a card — sources 001, 004; R18: however it felt ("bad"), it still goes out — source 002.',
      ),
    ).toBe(
      `R8: post a card (from “${SOURCE_TITLES["001"]}” and “${SOURCE_TITLES["004"]}”); R18: however it felt ("bad"), it still goes out (from “${SOURCE_TITLES["002"]}”).`,
    );
  });

  it("leaves a why without known source numbers as it is, and never leaves a number behind", () => {
    expect(citeSources("R12: the date you agreed — source 999.")).toBe(
      "R12: the date you agreed — source 999.",
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.subarray(Object.keys(SOURCE_TITLES), { minLength: 1 }),
        (head, ids) => {
          const cited = citeSources(`R11: ${head.replace(/—/g, "-")} — sources ${ids.join(", ")}.`);
          expect(cited).not.toMatch(/sources? \d{3}/);
          for (const id of ids) expect(cited).toContain(SOURCE_TITLES[id] as string);
          expect(cited.startsWith("R11: ")).toBe(true);
        },
      ),
    );
  });
});

describe("withoutSources: a why as Today's card says it (R26)", () => {
  it("keeps the rule and the reason, and leaves the articles to the draft screen", () => {
    expect(
      withoutSources(
        "R11: they said two weeks, so check in with Dana 1–2 business days later — sources 000, 003; moved past Christmas.",
      ),
    ).toBe(
      "R11: they said two weeks, so check in with Dana 1–2 business days later; moved past Christmas.",
    );
    expect(withoutSources("R5: a why with no sources.")).toBe("R5: a why with no sources.");
  });
});
