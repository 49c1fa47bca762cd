// The service worker (built to /sw.js by web/vite.config.ts, which fills in the file list): it
// keeps the app shell so the app opens with no connection, e.g. to capture an interview in a car
// park (issue 13). Pages are fetched from the network first, so the first screen's data inlined
// in `/` and its ETag revalidation stay as the server sends them; only without a network does a
// page come from here, as the plain built index.html (no one's data is kept in this cache).
// Hashed assets never change, so they come from here first. Nothing else (/api, /calendar) is
// touched: the app's own offline queue keeps writes (web/src/offline).

// The few service-worker types used, declared here: the web app's program has the DOM's types,
// which the WebWorker library would clash with.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
}
const worker = self as unknown as WorkerScope;

/** The build's hashed assets, filled in at build time. */
const ASSETS: string[] = JSON.parse("__FOLLOWTHROUGH_ASSETS__");
const SHELL = "/index.html";
const CACHE = `shell-${"__FOLLOWTHROUGH_BUILD__"}`;
/** A page slower than this over a bad connection is shown from the shell instead. */
const PAGE_TIMEOUT_MS = 5000;

worker.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([SHELL, ...ASSETS])));
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      // The page that registered this worker works offline from now, without a reload.
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (request.mode === "navigate") event.respondWith(pageFirstFromNetwork(request));
  else if (url.pathname.startsWith("/assets/")) event.respondWith(assetFirstFromCache(request));
});

async function pageFirstFromNetwork(request: Request): Promise<Response> {
  const network = fetch(request);
  network.catch(() => undefined); // a failure after the timeout is no one's to handle
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), PAGE_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, late]);
    if (response) return response;
  } catch {
    // No network: the shell below.
  }
  const shell = await caches.match(SHELL);
  return shell ?? network;
}

async function assetFirstFromCache(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}
