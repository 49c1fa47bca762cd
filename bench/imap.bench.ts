import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCAL_ACCOUNT_ID, openStore } from "../src/store/open-store.js";
import { addContact } from "../src/use-cases/contacts/add-contact.js";
import type { UseCaseContext } from "../src/use-cases/context.js";
import { addInterview } from "../src/use-cases/interviews/add-interview.js";
import { setImapSettings } from "../src/use-cases/mail/set-imap-settings.js";
import { syncImap } from "../src/use-cases/mail/sync-imap.js";
import { setProfile } from "../src/use-cases/profile/set-profile.js";
import { DOVECOT, startDovecot } from "../tests/support/dovecot.js";
import type { BenchResult } from "./bench-result.js";

const MESSAGES = 10_000;
/** One message in fifty is from a contact: the rest of a mailbox is not about the job search. */
const FROM_CONTACT_EVERY = 50;
const NOW = "2026-11-30T12:00:00.000Z";

function message(i: number): string {
  const fromContact = i % FROM_CONTACT_EVERY === 0;
  return [
    `From: ${fromContact ? "dana@acme.example" : `sender${i % 300}@news.example`}`,
    "To: ana@example.com",
    `Subject: Message ${i}`,
    `Date: ${new Date(Date.parse("2026-11-19T00:00:00Z") + i * 60_000).toUTCString()}`,
    `Message-ID: <m${i}@bench.example>`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    `Body of message ${i}. `.repeat(40),
    "",
  ].join("\n");
}

/** R16: the first sync of a 10,000-message mailbox from a real dovecot, batches of 200. */
export async function benchImap(): Promise<BenchResult[]> {
  if (!existsSync(DOVECOT))
    return [{ name: "first sync: skipped", value: 0, unit: "-", note: `${DOVECOT} missing` }];
  const dovecot = await startDovecot();
  const dir = mkdtempSync(join(tmpdir(), "followthrough-bench-imap-"));
  const store = await openStore({ dataDir: dir });
  try {
    const ctx: UseCaseContext = { db: store.db, accountId: LOCAL_ACCOUNT_ID, now: () => NOW };
    await setProfile(ctx, { email: "ana@example.com", timeZone: "Europe/London", country: "GB" });
    const { interview } = await addInterview(ctx, {
      company: "Acme",
      role: "Engineer",
      at: "2026-11-18T10:00",
      timeZone: "Europe/London",
    });
    await addContact(ctx, {
      interviewId: interview.id,
      name: "Dana Whitfield",
      email: "dana@acme.example",
    });
    dovecot.deliver(Array.from({ length: MESSAGES }, (_, i) => message(i)));
    const key = randomBytes(32);
    await setImapSettings(
      ctx,
      {
        host: dovecot.host,
        port: dovecot.port,
        username: dovecot.user,
        password: dovecot.password,
        insecure: true,
      },
      key,
    );
    const t0 = performance.now();
    const first = await syncImap(ctx, { secretKey: key });
    const firstMs = performance.now() - t0;
    const t1 = performance.now();
    await syncImap(ctx, { secretKey: key });
    const againMs = performance.now() - t1;
    const report = first.mailboxes[0];
    return [
      {
        name: "first sync of 10,000 messages",
        value: Math.round(firstMs),
        unit: "ms",
        note: `${report?.stored.length ?? 0} logged (each re-plans), ${report?.unrelated ?? 0} unrelated; dovecot indexes the Maildir in this time too`,
      },
      {
        name: "first sync throughput",
        value: Math.round((MESSAGES / firstMs) * 1000),
        unit: "msg/s",
      },
      { name: "second sync (nothing new)", value: Math.round(againMs), unit: "ms" },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    await dovecot.stop();
  }
}
