// The phone's own store (IndexedDB): the writes waiting to be sent, and which record each write
// made once it was sent, so a write that names one made on the phone (a note about a person typed
// offline) can name it on the server. It stays on this device; nothing here is sent but the
// writes themselves.

const DB_NAME = "followthrough";
const WAITING = "waiting";
const SENT = "sent";

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(WAITING, { keyPath: "clientId" });
      request.result.createObjectStore(SENT, { keyPath: "clientId" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opened = null;
      reject(request.error);
    };
  });
  return opened;
}

async function run<T>(
  store: typeof WAITING | typeof SENT,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const request = work(tx.objectStore(store));
    // Resolved once the transaction is durable, not when the request returns.
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export interface Stored {
  clientId: string;
}

export const waitingStore = {
  all: <T extends Stored>() => run<T[]>(WAITING, "readonly", (s) => s.getAll() as IDBRequest<T[]>),
  put: <T extends Stored>(value: T) => run(WAITING, "readwrite", (s) => s.put(value)),
  delete: (clientId: string) => run(WAITING, "readwrite", (s) => s.delete(clientId)),
};

export interface SentWrite extends Stored {
  recordId: string;
}

export const sentStore = {
  get: (clientId: string) =>
    run<SentWrite | undefined>(
      SENT,
      "readonly",
      (s) => s.get(clientId) as IDBRequest<SentWrite | undefined>,
    ),
  put: (value: SentWrite) => run(SENT, "readwrite", (s) => s.put(value)),
};
