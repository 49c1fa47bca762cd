import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMbox, joinMbox, splitMbox } from "./split-mbox.js";

// Lines that stress the format: separators and quoted separators inside bodies, empty lines.
const line = fc.oneof(
  fc.constantFrom("", "From ", "From me Thu", ">From ", ">>From x", "From", " From ", "x"),
  fc.string({ maxLength: 12 }).filter((s) => !/[\r\n]/.test(s)),
);
const message = fc.record({
  fromLine: fc
    .string({ maxLength: 20 })
    .filter((s) => !/[\r\n]/.test(s))
    .map((s) => `From ${s}`),
  raw: fc.array(line, { maxLength: 8 }).map((lines) => lines.join("\n")),
});

describe("splitMbox", () => {
  it("gives back every message an mboxrd writer wrote, body lines intact", () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 6 }), (messages) => {
        const split = splitMbox(joinMbox(messages));
        expect(split.map(({ fromLine, raw }) => ({ fromLine, raw }))).toEqual(messages);
      }),
      { numRuns: 500 },
    );
  });

  it("reads CRLF archives like LF ones", () => {
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 4 }), (messages) => {
        const lf = joinMbox(messages);
        expect(splitMbox(lf.replace(/\n/g, "\r\n"))).toEqual(splitMbox(lf));
      }),
    );
  });

  it("unquotes mboxo's >From and mboxrd's >>From by one level, and numbers the separators", () => {
    const archive = [
      "From a@example.com Thu Nov 19 10:02:03 2026",
      "Subject: one",
      "",
      ">From the start",
      ">>From deeper",
      "",
      "From b@example.com Fri Nov 20 10:02:03 2026",
      "Subject: two",
      "",
      "Text first.",
      "From here on, an unquoted line that follows text, not an empty line",
      "body",
      "",
    ].join("\n");
    const messages = splitMbox(archive);
    expect(messages.map((m) => [m.line, m.raw])).toEqual([
      [1, "Subject: one\n\nFrom the start\n>From deeper"],
      [
        7,
        "Subject: two\n\nText first.\nFrom here on, an unquoted line that follows text, not an empty line\nbody",
      ],
    ]);
  });

  it("tells an archive from a single message", () => {
    expect(isMbox("From x@y Thu Nov 19 10:02:03 2026\nSubject: a\n")).toBe(true);
    expect(isMbox("From: x@y\nSubject: a\n")).toBe(false);
    expect(splitMbox("")).toEqual([]);
  });
});
