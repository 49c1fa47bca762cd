// Cost of reading vCard files (issue 9): a value folded 200,000 times (800 kB) and a 10,000-card
// address book, parsed and imported; the same book as undeclared Windows-1252 bytes (issue 15). Each figure is printed beside a plain `split("\n")` of the
// same bytes measured in the same run, so a slower machine moves both.
import iconv from "iconv-lite";
import { parseVCards } from "../src/core/vcard/parse-vcards.js";
import { unfoldLines } from "../src/core/vcard/unfold-lines.js";
import { VCARD_LIMITS } from "../src/core/vcard/vcard-limits.js";
import { LOCAL_ACCOUNT_ID } from "../src/store/open-store.js";
import { importContacts } from "../src/use-cases/contacts/import-contacts.js";
import type { UseCaseContext } from "../src/use-cases/context.js";
import { addInterview } from "../src/use-cases/interviews/add-interview.js";
import { type BenchResult, median } from "./bench-result.js";
import { openBenchStore } from "./open-bench-store.js";

const FOLDS = 200_000;
const CARDS = 10_000;
const NOW = "2026-11-20T12:00:00.000Z";

/** One NOTE folded 200,000 times: "\r\n x" is 4 bytes a fold, 800 kB in all. */
export function foldedFile(folds = FOLDS): string {
  return `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Whitfield\r\nNOTE:x${"\r\n x".repeat(folds)}\r\nEND:VCARD\r\n`;
}

/** An address book as phones export it: distinct people, a few properties each, one folded. */
export function addressBook(cards = CARDS): string {
  const out: string[] = [];
  for (let i = 0; i < cards; i++) {
    out.push(
      [
        "BEGIN:VCARD",
        "VERSION:3.0",
        `N:Person ${i};Dana;;;`,
        `FN:Dana Person ${i}`,
        "ORG:Acme Robotics\\, Inc.;Platform",
        "TITLE:Engineering Manager",
        `item1.EMAIL;type=INTERNET;type=WORK;type=pref:dana.${i}@acme.example`,
        `TEL;type=CELL;type=VOICE:+1 415 555 ${String(i).padStart(4, "0")}`,
        "ADR;type=WORK:;;1 Main St;Springfield;IL;62701;United States",
        "NOTE:Met at the meetup\\; asked about the on-call rota and the migration plan, then about",
        " the team's hiring.",
        "END:VCARD",
        "",
      ].join("\r\n"),
    );
  }
  return out.join("");
}

/** Cards with a 24 KiB photo each, folded as Apple Contacts folds it, up to `bytes` in all. */
export function photoBook(bytes: number): string {
  const base64 = Buffer.alloc(24 * 1024, "followthrough").toString("base64");
  const photo = (base64.match(/.{1,74}/g) ?? []).join("\r\n ");
  const card = (i: number) =>
    `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Person ${i}\r\nEMAIL:dana.${i}@acme.example\r\nPHOTO;ENCODING=b;TYPE=JPEG:${photo}\r\nEND:VCARD\r\n`;
  const count = Math.floor(bytes / Buffer.byteLength(card(99_999)));
  return Array.from({ length: count }, (_, i) => card(i)).join("");
}

function elapsed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Median wall time of `runs` calls, in ms, after one that warms the JIT up. */
function timeOf(work: () => unknown, runs: number): number {
  const first = elapsed(work);
  // A call slower than a second (the quadratic unfolding did that) counts: warming up is noise.
  const times = first > 1000 ? [first] : [];
  while (times.length < runs) times.push(elapsed(work));
  return median(times);
}

const ms = (value: number) => Math.round(value * 10) / 10;

function versusSplit(name: string, text: string, work: () => unknown, runs: number): BenchResult[] {
  const split = timeOf(() => text.split("\n"), runs);
  const value = timeOf(work, runs);
  return [
    {
      name,
      value: ms(value),
      unit: "ms",
      note: `median of ${runs}; ${(text.length / 1000).toFixed(0)} kB; split("\\n") of the same text: ${ms(split)} ms (${Math.round(value / split)}×)`,
    },
  ];
}

export async function benchVCard(): Promise<BenchResult[]> {
  const folded = foldedFile();
  const book = addressBook();
  // Parsed as the bytes the CLI and the HTTP route pass (issue 15: the parser finds the charset).
  const bytes = (text: string) => Buffer.from(text, "utf8");
  const foldedBytes = bytes(folded);
  const bookBytes = bytes(book);
  const results: BenchResult[] = [
    ...versusSplit(
      `unfold ${FOLDS.toLocaleString("en")} folded lines`,
      folded,
      () => [...unfoldLines(folded)],
      5,
    ),
    ...versusSplit(
      `parse ${FOLDS.toLocaleString("en")} folded lines`,
      folded,
      () => parseVCards(foldedBytes),
      5,
    ),
    ...versusSplit(
      `parse ${CARDS.toLocaleString("en")} cards`,
      book,
      () => parseVCards(bookBytes),
      5,
    ),
  ];
  // The same book from a Windows address book (issue 15): Windows-1252 bytes, no CHARSET, so
  // every value with a letter beyond ASCII is decoded in the charset guessed for the file.
  const western = iconv.encode(book.replace(/Dana/g, "Sören Nüßlebaum"), "windows-1252");
  results.push(
    ...versusSplit(
      `parse ${CARDS.toLocaleString("en")} cards in undeclared Windows-1252 (bytes)`,
      western.toString("latin1"),
      () => parseVCards(western),
      5,
    ),
  );
  // At the limits an import accepts: the most one file may cost.
  const mostCards = addressBook(VCARD_LIMITS.cardsPerFile);
  const mostCardsBytes = bytes(mostCards);
  results.push(
    ...versusSplit(
      `parse ${VCARD_LIMITS.cardsPerFile.toLocaleString("en")} cards (the card limit)`,
      mostCards,
      () => parseVCards(mostCardsBytes),
      3,
    ),
  );
  const largest = photoBook(VCARD_LIMITS.bytesPerFile);
  const largestBytes = bytes(largest);
  results.push(
    ...versusSplit(
      "parse a file at the byte limit (cards with 24 KiB photos)",
      largest,
      () => parseVCards(largestBytes),
      3,
    ),
  );

  for (const kind of ["sqlite", "postgres"] as const) {
    const opened = await openBenchStore(kind);
    if (!opened) {
      results.push({ name: `${kind}: skipped`, value: 0, unit: "-", note: "no server reachable" });
      continue;
    }
    const ctx: UseCaseContext = {
      db: opened.store.db,
      accountId: LOCAL_ACCOUNT_ID,
      now: () => NOW,
    };
    try {
      const { interview } = await addInterview(ctx, {
        company: "Acme Robotics",
        role: "Engineering Manager",
        at: "2026-11-19T10:00",
        timeZone: "Europe/London",
        timeline: "two weeks",
      });
      const start = performance.now();
      const seated = await importContacts(ctx, interview.id, bookBytes);
      results.push({
        name: `${kind}: import ${CARDS.toLocaleString("en")} cards onto one interview (use case)`,
        value: Math.round(performance.now() - start),
        unit: "ms",
        note: `${seated.people.length} seated, parse + validate + one transaction + re-plan`,
      });
    } finally {
      await opened.cleanup();
    }
  }
  return results;
}
