import type { Browser, BrowserContext, Page } from "@playwright/test";
import { afterAll, beforeAll } from "vitest";
import { launchChromium, newPhonePage } from "./browser.js";
import { type RunningApp, startBuiltServer } from "./start-server.js";

export interface PhoneApp {
  readonly server: RunningApp;
  readonly page: Page;
}

/**
 * The built server started with `env` (its clock, say) and one 375 px phone page in chromium,
 * for the tests of the describe block that calls it; both are closed after them.
 */
export function usePhoneApp(env: Record<string, string>): PhoneApp {
  let server: RunningApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await startBuiltServer(env);
    browser = await launchChromium();
    ({ context, page } = await newPhonePage(browser));
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("usePhoneApp: used before its beforeAll ran");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get page() {
      return started(page);
    },
  };
}
