import type { OutboxItem, OutboxStore } from './outbox';

const DB_NAME = 'tiexin';
const STORE = 'visit-outbox';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) {
      req.result.createObjectStore(STORE, { keyPath: 'clientId' });
    }
  };
  return request(req);
}

/** The outbox in IndexedDB: survives closing the tab and restarting the phone; photos as Blobs. */
export function indexedDbStore(): OutboxStore {
  let db: Promise<IDBDatabase> | null = null;
  const connect = () => {
    db ??= open().catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  async function run<T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const tx = (await connect()).transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const result = await request(work(tx.objectStore(STORE)));
    await done;
    return result;
  }
  return {
    list: () => run('readonly', (s) => s.getAll() as IDBRequest<OutboxItem[]>),
    put: async (item) => {
      await run('readwrite', (s) => s.put(item));
    },
    remove: async (clientId) => {
      await run('readwrite', (s) => s.delete(clientId));
    },
  };
}

/** When IndexedDB is missing (some private modes): items live only as long as the tab. */
export function memoryStore(): OutboxStore {
  const items = new Map<string, OutboxItem>();
  return {
    list: async () => [...items.values()],
    put: async (item) => {
      items.set(item.clientId, item);
    },
    remove: async (clientId) => {
      items.delete(clientId);
    },
  };
}

export const hasIndexedDb = typeof indexedDB !== 'undefined';
