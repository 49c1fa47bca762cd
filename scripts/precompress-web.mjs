// Writes a brotli (.br) and a gzip (.gz) copy beside each text asset of the built web app, so the
// server sends the smallest one a browser accepts without compressing on every request.
// Run by `npm run build` after Vite: node scripts/precompress-web.mjs dist/web
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TEXT = new Set([".js", ".css", ".html", ".svg", ".json", ".webmanifest", ".txt"]);
// Below this a compressed copy saves less than its headers cost.
const MIN_BYTES = 1024;

const root = process.argv[2];
if (!root) {
  console.error("usage: node scripts/precompress-web.mjs <folder>");
  process.exit(2);
}

let files = 0;
for (const file of walk(root)) {
  if (!TEXT.has(extname(file))) continue;
  const raw = readFileSync(file);
  if (raw.length < MIN_BYTES) continue;
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gz = gzipSync(raw, { level: 9 });
  // A copy no smaller than the file is useless; the server then sends the file itself.
  if (br.length < raw.length) writeFileSync(`${file}.br`, br);
  if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
  files++;
}
console.log(`precompressed ${files} file(s) in ${root}`);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (!name.endsWith(".br") && !name.endsWith(".gz")) yield path;
  }
}
