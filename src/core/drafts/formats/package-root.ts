import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json, found from this file (works from src/ and dist/src/). */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

/** The embedded font for PDFs: DejaVu Sans (Bitstream Vera licence, beside it in assets/fonts). */
export function fontPath(): string {
  return join(packageRoot(), "assets", "fonts", "DejaVuSans.ttf");
}
