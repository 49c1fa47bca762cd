import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as fontkit from "fontkit";
import type { PdfFont } from "../../core/drafts/formats/font-runs.js";
import { fontPath } from "../../core/drafts/formats/package-root.js";

// Where Debian's packages put fonts with Chinese, Japanese and Korean glyphs, best first: Noto
// Sans CJK (fonts-noto-cjk, 56 MB to download), WenQuanYi Micro Hei (fonts-wqy-microhei, 1.6 MB:
// Han, kana and Hangul; what scripts/install-system-deps.sh installs), Droid Sans Fallback (no
// Hangul). Every one installed is used, each for what the ones before it lack.
const CJK_CANDIDATES = [
  { file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", face: "NotoSansCJKjp-Regular" },
  { file: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", face: "WenQuanYiMicroHei" },
  { file: "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf" },
];

let found: PdfFont[] | undefined;

/**
 * The fonts a PDF is set in, in order: DejaVu Sans (shipped in assets/fonts; Latin, Greek,
 * Cyrillic), then FOLLOWTHROUGH_PDF_FONT if set (a file, or file#PostScriptName in a collection),
 * then the CJK fonts installed (known paths, else what fontconfig lists for Japanese and Korean).
 * Each says which characters it has. Read once per process.
 */
export function findPdfFonts(env: NodeJS.ProcessEnv = process.env): PdfFont[] {
  if (found) return found;
  const fonts = [open({ file: fontPath() })];
  const named = env.FOLLOWTHROUGH_PDF_FONT?.trim();
  if (named) {
    const [file, face] = named.split("#") as [string, string | undefined];
    const font = existsSync(file) ? open(face ? { file, face } : { file }) : null;
    if (font) fonts.push(font);
  }
  const known = CJK_CANDIDATES.filter((c) => existsSync(c.file));
  // Elsewhere (another distribution, a font installed by hand): what fontconfig lists.
  const cjk =
    known.length > 0
      ? known
      : [...new Set([...fontconfigFor("ja"), ...fontconfigFor("ko")])].map((file) => ({ file }));
  for (const spec of cjk) fonts.push(open(spec));
  found = fonts.filter((f): f is PdfFont => f !== null);
  return found;
}

/** A font file opened for its character map; null when it is no font fontkit reads. */
function open(spec: { file: string; face?: string }): PdfFont | null {
  try {
    const opened = fontkit.openSync(spec.file, spec.face);
    // A collection without a named face: its first font.
    const font = "fonts" in opened ? opened.fonts[0] : opened;
    if (!font) return null;
    const face = "fonts" in opened ? font.postscriptName : spec.face;
    return {
      file: spec.file,
      ...(face === undefined ? {} : { face }),
      covers: (cp) => font.hasGlyphForCodePoint(cp),
    };
  } catch {
    return null;
  }
}

/** The font files fontconfig lists for a language, where fc-list is installed. */
function fontconfigFor(lang: string): string[] {
  try {
    return execFileSync("fc-list", [`:lang=${lang}`, "file"], { encoding: "utf8", timeout: 5000 })
      .split("\n")
      .map((line) => line.replace(/:\s*$/, "").trim())
      .filter((file) => /\.(ttf|otf|ttc)$/i.test(file));
  } catch {
    return [];
  }
}
