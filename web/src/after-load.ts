import { WAITING_FLAG } from "./offline/waiting-flag.js";

/**
 * After the page has loaded, so neither competes with the first screen for the connection:
 * registers the service worker (/sw.js; in the built app only, the dev server has none), and,
 * when writes typed offline wait on this phone, loads the code that sends them (issue 13).
 */
export function afterLoad(): void {
  const run = () => {
    if (import.meta.env.PROD && "serviceWorker" in navigator)
      navigator.serviceWorker.register("/sw.js").catch(() => {
        // Without it the app still works online; only opening it offline is lost.
      });
    let waiting: string | null = null;
    try {
      waiting = localStorage.getItem(WAITING_FLAG);
    } catch {
      // Storage refused: the capture screen sends them when it is opened.
    }
    if (waiting) void import("./offline/waiting-writes.js").then((m) => m.startSync());
  };
  if (document.readyState === "complete") run();
  else window.addEventListener("load", run, { once: true });
}
