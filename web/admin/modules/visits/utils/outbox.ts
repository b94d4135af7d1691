/**
 * The phone's outbox (待上传) for visits logged where the connection is poor.
 *
 * A visit is written to the outbox first (with its photos as Blobs), then sent: photos to
 * /api/attachments, then the visit with its `clientId`. Because the server answers a repeated
 * `clientId` with the visit it already stored, sending an item again is always safe — after a lost
 * answer, a second tab or a double tap. What happens to an item depends on how sending failed:
 * - no connection, a timeout or a server error → it stays and is retried later;
 * - the server refused it (400, 404, 409 …) → it stays, marked with the server's message, until
 *   the user fixes or discards it; it is not retried on its own;
 * - the session ended (401) → it stays and sending stops until the user signs in again.
 *
 * Pure logic: the storage and the network come in as parameters, so this file runs under Vitest.
 */
import type { ApiErrorDetail } from '../../../ui/api';
import type { Visit, VisitCreateInput } from '../types/visit';

export type OutboxPhoto = {
  name: string;
  type: string;
  blob: Blob;
  /** set once the photo is on the server, so a retry does not upload it again */
  attachmentId?: string;
};

export type OutboxItem = {
  clientId: string;
  /** the account that logged it: another account signing in on this phone must not send it */
  userId: string;
  savedAt: string;
  input: Omit<VisitCreateInput, 'attachmentIds' | 'clientId'>;
  photos: OutboxPhoto[];
  /** what the list shows before the server has the visit */
  label: { cadreName: string; contactPointName: string; householdNames: string[] };
  /** the server refused the item: it waits for the user to fix or discard it */
  rejected?: { message: string; details: ApiErrorDetail[] };
};

export type OutboxStore = {
  list(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  remove(clientId: string): Promise<void>;
};

export type OutboxSender = {
  upload(photo: OutboxPhoto): Promise<string>;
  create(body: VisitCreateInput): Promise<Visit>;
};

export type FailureKind = 'offline' | 'rejected' | 'unauthorized';

export type SendOutcome =
  | { kind: 'sent'; visit: Visit }
  | { kind: 'offline' }
  | { kind: 'unauthorized' }
  | { kind: 'rejected'; message: string; details: ApiErrorDetail[] };

export type FlushResult = {
  sent: number;
  rejected: number;
  /** items of this account still in the outbox afterwards */
  remaining: number;
  /** sending stopped early: no connection or no session */
  stopped: boolean;
};

/**
 * A random id for a new visit. `crypto.randomUUID` exists only on https (and localhost); an office
 * that serves Tiexin over plain http on its LAN still has `getRandomValues`.
 */
export function newClientId(
  c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto,
): string {
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type ErrorLike = { status?: unknown; message?: unknown; details?: unknown };

/** Statuses worth retrying later: the request may not have been handled at all. */
function isTransient(status: number): boolean {
  return status === 0 || status === 408 || status === 425 || status === 429 || status >= 500;
}

/** How a failed request should be treated: retry later, wait for the user, or wait for a login. */
export function classifyFailure(error: unknown): FailureKind {
  const status = (error as ErrorLike | null)?.status;
  if (typeof status !== 'number') return 'offline';
  if (status === 401) return 'unauthorized';
  return isTransient(status) ? 'offline' : 'rejected';
}

function rejectionOf(error: unknown): { message: string; details: ApiErrorDetail[] } {
  const e = (error ?? {}) as ErrorLike;
  return {
    message: typeof e.message === 'string' ? e.message : '',
    details: Array.isArray(e.details) ? (e.details as ApiErrorDetail[]) : [],
  };
}

/** The body of POST /api/visits for an item whose photos are all uploaded. */
export function visitBody(item: OutboxItem): VisitCreateInput {
  return {
    ...item.input,
    attachmentIds: item.photos.flatMap((p) => (p.attachmentId ? [p.attachmentId] : [])),
    clientId: item.clientId,
  };
}

/** Items of one account, oldest first. */
export function itemsOf(items: OutboxItem[], userId: string): OutboxItem[] {
  return items
    .filter((item) => item.userId === userId)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/**
 * Sends one item: uploads the photos not yet uploaded (remembering each id in the store), then
 * the visit. On success the item leaves the store; a refusal is written onto the item.
 */
export async function sendItem(
  item: OutboxItem,
  store: OutboxStore,
  sender: OutboxSender,
): Promise<SendOutcome> {
  let current: OutboxItem = { ...item, photos: [...item.photos] };
  try {
    for (const [index, photo] of current.photos.entries()) {
      if (photo.attachmentId) continue;
      const attachmentId = await sender.upload(photo);
      const photos = current.photos.map((p, i) => (i === index ? { ...p, attachmentId } : p));
      current = { ...current, photos };
      await store.put(current);
    }
    const visit = await sender.create(visitBody(current));
    await store.remove(current.clientId);
    return { kind: 'sent', visit };
  } catch (error) {
    const kind = classifyFailure(error);
    if (kind !== 'rejected') return { kind };
    const rejected = rejectionOf(error);
    await store.put({ ...current, rejected });
    return { kind: 'rejected', ...rejected };
  }
}

export type Outbox = ReturnType<typeof createOutbox>;

/**
 * The outbox of one browser: every send goes through one queue, so a flush started by the
 * `online` event and a tap on 上传 never upload the same photos side by side.
 */
export function createOutbox(store: OutboxStore, sender: OutboxSender) {
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<() => void>();

  const changed = () => {
    for (const listener of listeners) listener();
  };
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run.finally(changed);
  }

  return {
    /** Called after every change of the stored items. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async items(userId: string): Promise<OutboxItem[]> {
      return itemsOf(await store.list(), userId);
    },

    /** Keeps the item on this device first, then tries to send it at once. */
    submit(item: OutboxItem): Promise<SendOutcome> {
      const fresh: OutboxItem = { ...item, rejected: undefined };
      return exclusive(async () => {
        await store.put(fresh);
        return sendItem(fresh, store, sender);
      });
    },

    /** Sends every waiting item of the account (not those the server refused), oldest first. */
    flush(userId: string): Promise<FlushResult> {
      return exclusive(async () => {
        const result: FlushResult = { sent: 0, rejected: 0, remaining: 0, stopped: false };
        for (const item of itemsOf(await store.list(), userId)) {
          if (item.rejected) continue;
          const outcome = await sendItem(item, store, sender);
          if (outcome.kind === 'sent') result.sent++;
          else if (outcome.kind === 'rejected') result.rejected++;
          else {
            result.stopped = true;
            break;
          }
        }
        result.remaining = itemsOf(await store.list(), userId).length;
        return result;
      });
    },

    /** The user gave up on an item (after confirming). */
    discard(clientId: string): Promise<void> {
      return exclusive(() => store.remove(clientId));
    },
  };
}
