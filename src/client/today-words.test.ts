import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDateLabel } from "./today-words.js";

const PARTS = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
} as const;

/** What the label must read: the date as toLocaleDateString writes it in that locale. */
function expected(date: string, locale?: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d as number)).toLocaleDateString(
    locale,
    PARTS,
  );
}

const LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "ar-EG", "pt-BR", "es-ES"];

describe("localDateLabel (Today's dates, on the server's first HTML and in the app)", () => {
  it("reads as toLocaleDateString in the same locale, for any day and locale", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        fc.constantFrom(undefined, ...LOCALES),
        (instant, locale) => {
          const date = instant.toISOString().slice(0, 10);
          expect(localDateLabel(date, locale)).toBe(expected(date, locale));
        },
      ),
    );
  });

  it("stays right when more locales are asked for than it keeps formatters for", () => {
    // Each request may name another locale: the kept formatters are bounded, the labels right.
    const many = Intl.DateTimeFormat.supportedLocalesOf([
      ...LOCALES,
      "it-IT",
      "nl-NL",
      "sv-SE",
      "pl-PL",
      "tr-TR",
      "ko-KR",
      "zh-CN",
      "ru-RU",
      "hi-IN",
      "he-IL",
      "fi-FI",
      "da-DK",
      "nb-NO",
    ]);
    expect(many.length).toBeGreaterThan(16);
    for (let round = 0; round < 2; round++)
      for (const locale of many)
        expect(localDateLabel("2026-11-02", locale)).toBe(expected("2026-11-02", locale));
  });
});
