// Test-only: reads the text back out of a pdfkit PDF. With an embedded (subset) TrueType font the
// content streams hold glyph ids in hex, so this inflates the streams, reads the font's ToUnicode
// CMap and maps each <hex> run of a TJ back to characters: what a PDF reader does for copy/paste.
// Ligatures map to several characters (<0066 0069> is "fi"). Each text object (BT…ET) becomes one line; pdfkit writes one per wrapped line.
import { inflateSync } from "node:zlib";

export function extractPdfText(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const streams: string[] = [];
  const re = /<<([\s\S]*?)>>\s*stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (const m of raw.matchAll(re)) {
    const dict = m[1] ?? "";
    const body = Buffer.from(m[2] ?? "", "latin1");
    try {
      streams.push(
        dict.includes("/FlateDecode")
          ? inflateSync(body).toString("latin1")
          : body.toString("latin1"),
      );
    } catch {
      // Font programs and images: not text.
    }
  }
  const map = new Map<string, string>();
  for (const s of streams.filter((s) => s.includes("begincmap"))) readCMap(s, map);
  const lines: string[] = [];
  for (const s of streams) {
    for (const block of s.matchAll(/BT([\s\S]*?)ET/g)) {
      let line = "";
      for (const tj of (block[1] ?? "").matchAll(/<([0-9a-fA-F]+)>/g)) {
        const hex = tj[1] ?? "";
        for (let i = 0; i + 4 <= hex.length; i += 4)
          line += map.get(hex.slice(i, i + 4).toLowerCase()) ?? "?";
      }
      lines.push(line.trimEnd());
    }
  }
  return lines;
}

function readCMap(cmap: string, map: Map<string, string>): void {
  const hexToText = (hex: string): string =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (section[1] ?? "").matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi,
    )) {
      const from = Number.parseInt(m[1] ?? "0", 16);
      const to = Number.parseInt(m[2] ?? "0", 16);
      const target = m[3] ?? "";
      const items = target.startsWith("[")
        ? [...target.matchAll(/<([0-9a-f ]+)>/gi)].map((x) => (x[1] ?? "").replace(/ /g, ""))
        : [];
      for (let code = from; code <= to; code++) {
        const key = code.toString(16).padStart(4, "0");
        const value = target.startsWith("[")
          ? hexToText(items[code - from] ?? "003f")
          : String.fromCodePoint(Number.parseInt(target.slice(1, -1), 16) + (code - from));
        map.set(key, value);
      }
    }
  }
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (section[1] ?? "").matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      map.set((m[1] ?? "").toLowerCase(), hexToText(m[2] ?? ""));
    }
  }
}
