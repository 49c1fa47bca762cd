// Renders the app's icons (web/public/icons/*.png) from its mark, in Debian's chromium, for the
// web app manifest and the home screen: any-purpose icons with rounded corners, and a maskable
// one whose mark sits inside the middle 80% (the safe zone a launcher's mask never cuts).
// The PNGs are committed; run again after changing the mark: node scripts/make-icons.mjs
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const OUT = fileURLToPath(new URL("../web/public/icons/", import.meta.url));
const BLUE = "#1d4ed8";
const TICK =
  '<path d="M8 17l5 5 11-12" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>';

/** The favicon's mark: a white tick on a rounded blue square. */
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BLUE}"/>${TICK}</svg>`;
/** Full bleed, the tick scaled into the safe zone. */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BLUE}"/><g transform="translate(4.8 4.8) scale(0.7)">${TICK}</g></svg>`;

const ICONS = [
  ["icon-192.png", 192, rounded],
  ["icon-512.png", 512, rounded],
  ["maskable-512.png", 512, maskable],
  ["apple-touch-icon.png", 180, maskable],
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  for (const [name, size, svg] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: `${OUT}${name}`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${ICONS.length} icons to ${OUT}`);
