import { createApiClient } from "../../../src/client/api-client.js";
import { ApiError } from "../../../src/client/api-error.js";
import type {
  AddContactRequest,
  AddInterviewRequest,
  ErrorBody,
} from "../../../src/client/api-types.js";
import type { NoteKind } from "../../../src/core/domain/types.js";
import { pageOwner } from "../page-marks.js";
import { sentStore, waitingStore } from "./phone-store.js";
import { WAITING_FLAG } from "./waiting-flag.js";

// Capture without a connection (issue 13): each write is kept on the phone before it is sent,
// with an id made here, and sent again until the server has it. The server stores a write with a
// given id once, so sending it twice (an answer lost on the way back, two tabs syncing) is safe.
// Each write belongs to the account signed in when it was typed, and is sent only while that
// account is the one signed in: never as someone else who signs in on the same phone later.

/** A record on the server (`id`), or one made by a write still waiting here (`clientId`). */
export type Ref = { id: string } | { clientId: string };

interface WriteBase {
  clientId: string;
  /** The account signed in when it was typed ("local" in local mode). */
  owner: string;
  /** Order kept: a person is sent after their interview, a note after its person. */
  seq: number;
  /** "Dana Whitfield", "The interview at Acme (Data Engineer)": what the screen lists. */
  label: string;
  state: "waiting" | "failed";
  /** The server's refusal, as it answered (failed only). */
  error: { status: number; body: ErrorBody["error"] } | null;
}

export type NewWrite =
  | { kind: "interview"; label: string; body: Omit<AddInterviewRequest, "clientId"> }
  | {
      kind: "contact";
      label: string;
      interview: Ref;
      body: Omit<AddContactRequest, "clientId">;
    }
  | {
      kind: "note";
      label: string;
      interview: Ref;
      contact: Ref | null;
      body: { kind: NoteKind; text: string };
    };

export type WaitingWrite = WriteBase & NewWrite;

export type SendOutcome = { sent: true; recordId: string } | { sent: false; write: WaitingWrite };

/** A request slower than this (a car park's one bar) is kept and sent again later. */
const SEND_TIMEOUT_MS = 15_000;

const api = createApiClient({
  fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) }),
});

/** Every write kept on this phone, whoever typed it. */
let writes: WaitingWrite[] = [];
/** Those of the account this page is signed in as: what the screens list and send. */
let mine: WaitingWrite[] = [];
let loaded: Promise<void> | null = null;
let syncing: Promise<void> | null = null;
const listeners = new Set<() => void>();

function changed(next: WaitingWrite[]): void {
  writes = next.sort((a, b) => a.seq - b.seq);
  const owner = pageOwner().accountId;
  mine = writes.filter((w) => w.owner === owner);
  try {
    if (mine.length > 0) localStorage.setItem(WAITING_FLAG, String(mine.length));
    else localStorage.removeItem(WAITING_FLAG);
  } catch {
    // Storage refused (private mode): the capture screen still sends them when opened.
  }
  for (const listener of listeners) listener();
}

function load(): Promise<void> {
  loaded ??= waitingStore
    .all<WaitingWrite>()
    .then(async (all) => {
      // Kept before writes named their account: they were typed by the one signed in here.
      const owner = pageOwner().accountId;
      const adopted = owner === null ? all : all.map((w) => (w.owner ? w : { ...w, owner }));
      for (const [i, w] of adopted.entries()) if (w !== all[i]) await waitingStore.put(w);
      changed(adopted);
    })
    .catch(() => changed([]));
  return loaded;
}

/**
 * The account the browser's session is signed in as right now ("local" in local mode), asked of
 * the server before anything is sent: another tab may have signed out, or in as someone else,
 * since this page was drawn. Null when nobody is, or the server cannot be reached.
 */
async function sendingAs(): Promise<string | null> {
  const owner = pageOwner();
  if (!owner.hosted) return owner.accountId;
  try {
    const res = await fetch("/api/auth/get-session", {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    if (!res.ok) return null;
    const body = (await res.json()) as { user?: { id?: unknown } } | null;
    return typeof body?.user?.id === "string" ? body.user.id : null;
  } catch {
    return null;
  }
}

let lastSeq = 0;
function nextSeq(): number {
  lastSeq = Math.max(Date.now(), lastSeq + 1);
  return lastSeq;
}

/** 22 random URL-safe characters (128 bits), made on the phone; crypto.randomUUID needs HTTPS. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** Not the server refusing: no connection, a timeout, or the store busy for a moment (503). */
function notThroughYet(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 503;
}

class WaitsForAnother extends Error {}

function idOf(ref: Ref): string {
  if ("id" in ref) return ref.id;
  throw new WaitsForAnother();
}

async function send(write: WaitingWrite): Promise<string> {
  const clientId = write.clientId;
  switch (write.kind) {
    case "interview":
      return (await api.addInterview({ ...write.body, clientId })).interview.id;
    case "contact":
      return (await api.addContact(idOf(write.interview), { ...write.body, clientId })).id;
    case "note":
      return (
        await api.addNote(idOf(write.interview), {
          ...write.body,
          contactId: write.contact ? idOf(write.contact) : null,
          clientId,
        })
      ).id;
  }
}

/** Once a write is on the server, the writes that named it by its client id name its record. */
async function landed(write: WaitingWrite, recordId: string): Promise<void> {
  await sentStore.put({ clientId: write.clientId, recordId });
  await waitingStore.delete(write.clientId);
  const named = (ref: Ref | null): Ref | null =>
    ref && "clientId" in ref && ref.clientId === write.clientId ? { id: recordId } : ref;
  const next: WaitingWrite[] = [];
  for (const w of writes) {
    if (w.clientId === write.clientId) continue;
    let updated = w;
    if (w.kind === "contact") updated = { ...w, interview: named(w.interview) as Ref };
    if (w.kind === "note")
      updated = { ...w, interview: named(w.interview) as Ref, contact: named(w.contact) };
    if (updated !== w) await waitingStore.put(updated);
    next.push(updated);
  }
  changed(next);
}

async function refused(write: WaitingWrite, error: ApiError): Promise<void> {
  const failed: WaitingWrite = {
    ...write,
    state: "failed",
    error: {
      status: error.status,
      body: {
        code: error.code as ErrorBody["error"]["code"],
        message: error.message,
        ...(error.field === undefined ? {} : { field: error.field }),
        ...(error.accepted === undefined ? {} : { accepted: error.accepted }),
        ...(error.problems.length > 0 ? { problems: error.problems } : {}),
      },
    },
  };
  await waitingStore.put(failed);
  changed(writes.map((w) => (w.clientId === write.clientId ? failed : w)));
}

/**
 * Sends a write now when it can, and keeps it on the phone when it cannot. Stored on the phone
 * first, so a page closed mid-request loses nothing (it is sent on the next start, and the server
 * stores it once); listed as waiting only once it did not go through, so an online save shows no
 * passing "not sent yet". A refusal (bad input) is thrown, for the form to show, and nothing stays
 * kept; no connection, a timeout or a busy store keeps it to send later.
 */
export async function sendOrKeep(write: NewWrite): Promise<SendOutcome> {
  await load();
  const owner = pageOwner().accountId;
  if (owner === null) throw new Error("Sign in first: what you type is kept for your account.");
  const kept = {
    ...write,
    owner,
    clientId: newClientId(),
    seq: nextSeq(),
    state: "waiting",
    error: null,
  } as WaitingWrite;
  await waitingStore.put(kept);
  const keep = (): SendOutcome => {
    changed([...writes, kept]);
    return { sent: false, write: kept };
  };
  if (!navigator.onLine) return keep();
  // Signed in as someone else meanwhile (another tab): kept, for this account's next sign-in.
  if ((await sendingAs()) !== owner) return keep();
  let recordId: string;
  try {
    recordId = await send(kept);
  } catch (error) {
    if (error instanceof WaitsForAnother || notThroughYet(error)) return keep();
    await waitingStore.delete(kept.clientId);
    throw error;
  }
  await landed(kept, recordId);
  return { sent: true, recordId };
}

/** Sends every waiting write in the order typed; stops at the first sign of no connection. */
export function syncWaiting(): Promise<void> {
  syncing ??= (async () => {
    try {
      await load();
      const as = await sendingAs();
      if (as === null) return;
      for (const write of writes.filter((w) => w.owner === as)) {
        const current = writes.find((w) => w.clientId === write.clientId);
        if (!current || current.state === "failed") continue;
        let recordId: string;
        try {
          recordId = await send(current);
        } catch (error) {
          if (error instanceof WaitsForAnother) continue;
          if (notThroughYet(error)) break;
          await refused(current, error as ApiError);
          continue;
        }
        await landed(current, recordId);
      }
    } finally {
      syncing = null;
    }
  })();
  return syncing;
}

/** A refused write sent again as it is (the store was busy, or what it named is back). */
export async function retryWrite(clientId: string): Promise<void> {
  const write = writes.find((w) => w.clientId === clientId);
  if (!write) return;
  const again: WaitingWrite = { ...write, state: "waiting", error: null };
  await waitingStore.put(again);
  changed(writes.map((w) => (w.clientId === clientId ? again : w)));
  await syncWaiting();
}

/** The writes that cannot be sent without this one: its people, their notes. */
export function dependentsOf(clientId: string, all: WaitingWrite[] = writes): WaitingWrite[] {
  const names = (ref: Ref | null, id: string) => !!ref && "clientId" in ref && ref.clientId === id;
  const direct = all.filter(
    (w) =>
      (w.kind === "contact" && names(w.interview, clientId)) ||
      (w.kind === "note" && (names(w.interview, clientId) || names(w.contact, clientId))),
  );
  return [...direct, ...direct.flatMap((w) => dependentsOf(w.clientId, all))];
}

/** Throws a write away, with the writes that depend on it. */
export async function discardWrite(clientId: string): Promise<void> {
  const gone = new Set([clientId, ...dependentsOf(clientId).map((w) => w.clientId)]);
  for (const id of gone) await waitingStore.delete(id);
  changed(writes.filter((w) => !gone.has(w.clientId)));
}

/** The record a write made, once it was sent; null while it waits or when it was discarded. */
export async function recordOf(clientId: string): Promise<string | null> {
  return (await sentStore.get(clientId))?.recordId ?? null;
}

/** While writes wait and the phone says it is online, how often to try again (a captive portal, a store that was busy). */
const RETRY_EVERY_MS = 30_000;

/**
 * Sends what waits now, and again whenever the connection comes back, the app is shown, or
 * every RETRY_EVERY_MS while something still waits.
 */
export function startSync(): void {
  if (started) return;
  started = true;
  window.addEventListener("online", () => void syncWaiting());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && navigator.onLine) void syncWaiting();
  });
  setInterval(() => {
    if (navigator.onLine && mine.some((w) => w.state === "waiting")) void syncWaiting();
  }, RETRY_EVERY_MS);
  if (navigator.onLine) void syncWaiting();
  else void load();
}
let started = false;

/** Calls `listener` whenever the waiting writes change; returns how to stop. */
export function subscribeWaiting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting writes of the account signed in here, as they are now (a new array after each change). */
export function currentWaiting(): WaitingWrite[] {
  return mine;
}

/** How many writes wait here for another account, to go when it signs in here again. */
export function heldForOthers(): number {
  return writes.length - mine.length;
}

/** Throws away every write of the account signed in here (signing out of a borrowed phone). */
export async function discardMine(): Promise<void> {
  await load();
  const gone = new Set(mine.map((w) => w.clientId));
  for (const id of gone) await waitingStore.delete(id);
  changed(writes.filter((w) => !gone.has(w.clientId)));
}

/** The writes of the account signed in here, once the phone's store is read. */
export async function waitingOfMine(): Promise<WaitingWrite[]> {
  await load();
  return mine;
}
