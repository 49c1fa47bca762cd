import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const SERVICE_WORKER = fileURLToPath(
  new URL("./src/service-worker/service-worker.ts", import.meta.url),
);

/**
 * Builds the service worker to /sw.js (a fixed name: its address is its identity) and writes
 * into it the list of the build's hashed assets and a build id, so each new build installs a new
 * worker that keeps exactly that build's files.
 */
function serviceWorker(): Plugin {
  return {
    name: "followthrough-service-worker",
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((name) => name.startsWith("assets/"))
        .sort()
        .map((name) => `/${name}`);
      const page = bundle["index.html"];
      const build = createHash("sha256")
        .update(assets.join("\n"))
        .update(page?.type === "asset" ? page.source : "")
        .digest("hex")
        .slice(0, 12);
      const worker = bundle["sw.js"];
      if (worker?.type !== "chunk") throw new Error("the service worker was not built to sw.js");
      worker.code = worker.code
        // The minifier may quote the placeholder with ", ' or `: the list goes in as a string.
        .replace(/["'`]__FOLLOWTHROUGH_ASSETS__["'`]/, JSON.stringify(JSON.stringify(assets)))
        .replace("__FOLLOWTHROUGH_BUILD__", build);
    },
  };
}

// The web app builds to dist/web, which `followthrough serve` serves. Screens other than Today
// are split into their own chunks (React.lazy) so a first visit of Today stays small.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react(), serviceWorker()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL("./index.html", import.meta.url)),
        sw: SERVICE_WORKER,
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === "sw" ? "sw.js" : "assets/[name]-[hash].js"),
      },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:4319", "/calendar": "http://127.0.0.1:4319" } },
});
