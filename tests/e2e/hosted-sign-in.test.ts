import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMessage, type SmtpSink, startSmtpSink } from "../delivery/smtp-sink.js";
import { dropSchema } from "../support/drop-schema.js";
import { canReachPostgres, TEST_DATABASE_URL } from "../support/test-store.js";
import {
  chromiumAvailable,
  launchChromium,
  newPhonePage,
  screenshot,
  seriousViolations,
} from "./browser.js";
import { type RunningApp, startBuiltServer } from "./start-server.js";

/** A port free right now: the public origin must name it before the server starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const EMAIL = "ana@example.com";
const PASSWORD = "correct horse battery staple";

describe.runIf(chromiumAvailable() && (await canReachPostgres()))(
  "hosted mode in chromium on a phone: sign up, confirm by mail, sign in, the account page, a passkey, sign out, sign in with the passkey",
  () => {
    const schema = `ft_test_${randomBytes(6).toString("hex")}`;
    let sink: SmtpSink;
    let server: RunningApp;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let origin: string;
    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      sink = await startSmtpSink();
      const port = await freePort();
      // localhost: a secure context for chromium, so the Secure session cookie is kept on http.
      origin = `http://localhost:${port}`;
      server = await startBuiltServer(
        {
          DATABASE_URL: `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes("?") ? "&" : "?"}options=-c%20search_path%3D${schema}`,
          FOLLOWTHROUGH_SESSION_SECRET: randomBytes(32).toString("base64"),
          FOLLOWTHROUGH_SECRET_KEY: randomBytes(32).toString("base64"),
          FOLLOWTHROUGH_PUBLIC_ORIGIN: origin,
          FOLLOWTHROUGH_SMTP_URL: `smtp://${encodeURIComponent(sink.user)}:${encodeURIComponent(sink.password)}@127.0.0.1:${sink.port}`,
        },
        ["--hosted", "--port", String(port)],
      );
      browser = await launchChromium();
      ({ context, page } = await newPhonePage(browser));
      // The phone's own authenticator, as chromium emulates one: a platform passkey kept on the
      // device (resident), unlocked by the screen lock (user verification), always approved.
      const cdp = await context.newCDPSession(page);
      await cdp.send("WebAuthn.enable");
      await cdp.send("WebAuthn.addVirtualAuthenticator", {
        options: {
          protocol: "ctap2",
          transport: "internal",
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          automaticPresenceSimulation: true,
        },
      });
    }, 120_000);
    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.stop();
      await sink?.close();
      await dropSchema(TEST_DATABASE_URL, schema);
    });

    it("asks to sign in, makes an account, confirms it by the mailed link and signs in", async () => {
      await page.goto(`${origin}/`);
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      await page.getByRole("button", { name: "Make an account" }).click();
      await page.getByLabel("Your name").fill("Ana Ruiz");
      await page.getByLabel("Email").fill(EMAIL);
      await page.getByLabel(/^Password/).fill(PASSWORD);
      await page.getByRole("button", { name: "Make the account" }).click();
      await expect
        .poll(() => page.getByRole("status").textContent())
        .toMatch(/We sent a link to ana@example\.com/);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "hosted-sign-up-sent");

      const mail = await parseMessage(sink.accepted.at(-1)?.raw ?? "");
      const link = /https?:\/\/\S+/.exec(mail.text ?? "")?.[0] ?? "";
      expect(link.startsWith(`${origin}/api/auth/verify-email?`)).toBe(true);
      await page.goto(link);
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      await page.getByLabel("Email").fill(EMAIL);
      await page.getByLabel(/^Password/).fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.getByRole("heading", { name: /^Today/ }).waitFor();
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name === "__Secure-followthrough.session_token");
      expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
    });

    it("adds a passkey on the account page, names it, and lists it", async () => {
      await page.goto(`${origin}/account`);
      await page.getByRole("heading", { name: "Passkeys" }).waitFor();
      await page.getByText("No passkey yet.").waitFor();
      await page.getByLabel(/^Name of the passkey/).fill("My phone");
      await page.getByRole("button", { name: "Add a passkey on this device" }).click();
      await expect
        .poll(() => page.getByRole("status").first().textContent())
        .toMatch(/The passkey is added/);
      const list = page.getByRole("list", { name: "Your passkeys" });
      await list.getByText("My phone").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "hosted-passkey-added");
    });

    it("shows where you are signed in on the account page, and signs out", async () => {
      await page.goto(`${origin}/account`);
      await page.getByRole("heading", { name: "Your account" }).waitFor();
      await page.getByText("This browser").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "hosted-account");
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      // The session is gone on the server: the API answers 401 to this browser.
      const status = await page.evaluate(() => fetch("/api/profile").then((r) => r.status));
      expect(status).toBe(401);
    });

    it("signs in with the passkey alone, no email or password typed", async () => {
      await page.goto(`${origin}/`);
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      await screenshot(page, "hosted-sign-in-passkey");
      await page.getByRole("button", { name: "Sign in with a passkey" }).click();
      await page.getByRole("heading", { name: /^Today/ }).waitFor();
      const status = await page.evaluate(() => fetch("/api/profile").then((r) => r.status));
      expect(status).toBe(200);
      const cookies = await context.cookies();
      const session = cookies.find((c) => c.name === "__Secure-followthrough.session_token");
      expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
      // Removed, it no longer signs in.
      await page.goto(`${origin}/account`);
      await page.getByRole("button", { name: "Remove the passkey My phone" }).click();
      await page.getByText("No passkey yet.").waitFor();
    });

    it("keeps what Ana typed for Ana: set aside at sign-out, never sent as Ben, sent when Ana is back", async () => {
      const interviews = () => page.evaluate(() => fetch("/api/interviews").then((r) => r.text()));
      // A dead spot for writes: the capture cannot reach the server and waits on the phone.
      await page.route("**/api/interviews", (r) =>
        r.request().method() === "POST" ? r.abort() : r.continue(),
      );
      await page.goto(`${origin}/capture`);
      await page.getByLabel("Company").fill("Initech");
      await page.getByLabel("Role").fill("Analyst");
      await page.getByLabel("When it started").fill("2026-11-20T14:00");
      await page.getByLabel("Time zone").fill("America/Chicago");
      await page.getByRole("button", { name: "Save and add people" }).click();
      await page.getByText("not sent yet").first().waitFor();

      await page.goto(`${origin}/account`);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("heading", { name: "Not sent yet from this phone" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "hosted-sign-out-unsent");
      await page.getByRole("button", { name: "Keep them for me and sign out" }).click();
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      await page.unroute("**/api/interviews");

      // Ben makes an account and signs in on the same phone.
      await page.getByRole("button", { name: "Make an account" }).click();
      await page.getByLabel("Your name").fill("Ben Ode");
      await page.getByLabel("Email").fill("ben@example.com");
      await page.getByLabel(/^Password/).fill(PASSWORD);
      await page.getByRole("button", { name: "Make the account" }).click();
      await page.getByRole("status").waitFor();
      const mail = await parseMessage(sink.accepted.at(-1)?.raw ?? "");
      await page.goto(/https?:\/\/\S+/.exec(mail.text ?? "")?.[0] ?? "");
      await page.getByLabel("Email").fill("ben@example.com");
      await page.getByLabel(/^Password/).fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.getByRole("heading", { name: /^Today/ }).waitFor();
      await page.goto(`${origin}/capture`);
      await page
        .getByText(/1 entry typed on this phone under another account waits here/)
        .waitFor();
      // Not listed to Ben, and not sent as Ben when the connection comes back.
      expect(await page.getByText("Initech").count()).toBe(0);
      await page.evaluate("window.dispatchEvent(new Event('online'))");
      expect(await interviews()).not.toContain("Initech");

      // Ben signs out (nothing of his waits: no question), Ana signs in: it goes, once.
      await page.goto(`${origin}/account`);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("heading", { name: "Sign in" }).waitFor();
      await page.getByLabel("Email").fill(EMAIL);
      await page.getByLabel(/^Password/).fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.getByRole("heading", { name: /^Today/ }).waitFor();
      await page.goto(`${origin}/capture`);
      await expect.poll(interviews, { timeout: 30_000 }).toContain("Initech");
      expect((await interviews()).split("Initech").length).toBe(2);
    });
  },
);
