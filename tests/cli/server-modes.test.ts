import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBuiltServer } from "../e2e/start-server.js";
import { dropSchema } from "../support/drop-schema.js";
import { runCli } from "../support/run-cli.js";
import { canReachPostgres, TEST_DATABASE_URL } from "../support/test-store.js";

const SECRET = randomBytes(32).toString("base64");
const SERVER_KEY = randomBytes(32).toString("base64");
const ORIGIN = "https://followthrough.example.org";

describe("serve: local mode stays on this computer", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "followthrough-modes-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses to listen beyond loopback without hosted mode, and says why", async () => {
    for (const host of ["0.0.0.0", "192.168.1.20", "::"]) {
      const result = await runCli(["serve", "--port", "0", "--host", host], {
        FOLLOWTHROUGH_DATA: dir,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Local mode listens only on this computer/);
      expect(result.stderr).toMatch(/no sign-in/);
      expect(result.stderr).toMatch(/--hosted/);
      expect(result.stderr).toMatch(/field: host/);
    }
  });

  it("refuses a FOLLOWTHROUGH_MODE it does not know", async () => {
    const result = await runCli(["serve", "--port", "0"], {
      FOLLOWTHROUGH_DATA: dir,
      FOLLOWTHROUGH_MODE: "cloud",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/FOLLOWTHROUGH_MODE is "cloud", which is not a mode/);
    expect(result.stderr).toMatch(/accepted: local or hosted/);
  });

  it("refuses a write whose Origin is another site, even a would-be public origin", async () => {
    const app = await startBuiltServer({ FOLLOWTHROUGH_PUBLIC_ORIGIN: ORIGIN });
    try {
      const put = (origin: string) =>
        fetch(`${app.url}api/profile`, {
          method: "PUT",
          headers: { "content-type": "application/json", origin },
          body: JSON.stringify({ name: "Ana Ruiz" }),
        });
      expect((await put(ORIGIN)).status).toBe(403);
      // Its own origin still passes the check (and reaches the route's own validation).
      expect((await put(new URL(app.url).origin)).status).not.toBe(403);
    } finally {
      await app.stop();
    }
  });
});

describe("serve --hosted: what it needs before it starts", () => {
  it("names every setting that is missing", async () => {
    const result = await runCli(["serve", "--hosted", "--port", "0"], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Hosted mode cannot start yet/);
    expect(result.stderr).toMatch(/DATABASE_URL to a PostgreSQL URL/);
    expect(result.stderr).toMatch(/FOLLOWTHROUGH_SESSION_SECRET to at least 32 random characters/);
    expect(result.stderr).toMatch(/FOLLOWTHROUGH_PUBLIC_ORIGIN to the address people open/);
    expect(result.stderr).toMatch(/FOLLOWTHROUGH_SMTP_URL to the server's SMTP/);
    expect(result.stderr).toMatch(
      /FOLLOWTHROUGH_SECRET_KEY to 32 random bytes in base64, made once with `openssl rand -base64 32` and kept outside the database/,
    );
  });

  it("refuses a server key that is not 32 bytes of base64, and says why it needs one", async () => {
    const result = await runCli(["serve", "--hosted", "--port", "0"], {
      DATABASE_URL: TEST_DATABASE_URL,
      FOLLOWTHROUGH_SESSION_SECRET: SECRET,
      FOLLOWTHROUGH_PUBLIC_ORIGIN: ORIGIN,
      FOLLOWTHROUGH_SMTP_URL: "smtp://127.0.0.1:9",
      FOLLOWTHROUGH_SECRET_KEY: "c2hvcnQ=",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the one given is not 32 bytes of base64/);
    expect(result.stderr).toMatch(/encrypts each account's SMTP and IMAP passwords/);
    expect(result.stderr).not.toMatch(/SESSION_SECRET|PUBLIC_ORIGIN|SMTP_URL|DATABASE_URL/);
  });

  it("FOLLOWTHROUGH_MODE=hosted is the same as --hosted; a short secret and a plain-http origin are named", async () => {
    const result = await runCli(["serve", "--port", "0"], {
      FOLLOWTHROUGH_MODE: "hosted",
      DATABASE_URL: TEST_DATABASE_URL,
      FOLLOWTHROUGH_SESSION_SECRET: "too-short",
      FOLLOWTHROUGH_PUBLIC_ORIGIN: "http://followthrough.example.org",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/DATABASE_URL/);
    expect(result.stderr).toMatch(/the one given has 9/);
    expect(result.stderr).toMatch(/is not https/);
  });

  it("will not keep hosted accounts in a SQLite file", async () => {
    const result = await runCli(["serve", "--hosted", "--port", "0"], {
      FOLLOWTHROUGH_SESSION_SECRET: SECRET,
      FOLLOWTHROUGH_PUBLIC_ORIGIN: ORIGIN,
      FOLLOWTHROUGH_SMTP_URL: "smtp://127.0.0.1:9",
      FOLLOWTHROUGH_SECRET_KEY: SERVER_KEY,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/DATABASE_URL to a PostgreSQL URL/);
    expect(result.stderr).not.toMatch(/SESSION_SECRET|PUBLIC_ORIGIN|SMTP_URL/);
  });
});

describe.runIf(await canReachPostgres())("serve --hosted on PostgreSQL", () => {
  const schema = `ft_test_${randomBytes(6).toString("hex")}`;
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
  });
  afterAll(() => dropSchema(TEST_DATABASE_URL, schema));

  it("listens on any address, answers 401 without a session and takes the public origin's writes", async () => {
    const url = `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes("?") ? "&" : "?"}options=-c%20search_path%3D${schema}`;
    const app = await startBuiltServer(
      {
        DATABASE_URL: url,
        FOLLOWTHROUGH_SESSION_SECRET: SECRET,
        FOLLOWTHROUGH_PUBLIC_ORIGIN: ORIGIN,
        FOLLOWTHROUGH_SMTP_URL: "smtp://127.0.0.1:9",
        FOLLOWTHROUGH_SECRET_KEY: SERVER_KEY,
      },
      ["--hosted", "--host", "0.0.0.0"],
    );
    try {
      const base = app.url.replace("0.0.0.0", "127.0.0.1");
      const read = await fetch(`${base}api/profile`, {
        headers: { host: "followthrough.example.org" },
      });
      expect(read.status).toBe(401);
      expect(await read.json()).toMatchObject({
        error: { code: "UNAUTHENTICATED", field: "session" },
      });
      const put = (origin: string) =>
        fetch(`${base}api/profile`, {
          method: "PUT",
          headers: { "content-type": "application/json", origin },
          body: JSON.stringify({ name: "Ana Ruiz" }),
        });
      // The public origin passes the CSRF check and meets the session check; another site does not.
      expect((await put(ORIGIN)).status).toBe(401);
      const forged = await put("https://evil.example");
      expect(forged.status).toBe(403);
      expect(await forged.json()).toMatchObject({ error: { field: "origin", accepted: ORIGIN } });
      expect((await fetch(`${base}api/openapi.json`)).status).toBe(200);
      // The first page carries no one's agenda without a session.
      const page = await (await fetch(base)).text();
      expect(page).not.toMatch(/"overdue"/);
    } finally {
      await app.stop();
    }
  });
});
