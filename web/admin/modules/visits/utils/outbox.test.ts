import { describe, expect, it } from 'vitest';
import type { Visit, VisitCreateInput } from '../types/visit';
import {
  classifyFailure,
  createOutbox,
  newClientId,
  type OutboxItem,
  type OutboxPhoto,
  type OutboxSender,
  type OutboxStore,
  sendItem,
} from './outbox';

/** What ApiError looks like to the outbox: a status, the server's message, field details. */
function apiError(status: number, message = '', details: unknown[] = []) {
  return Object.assign(new Error(message), { status, details });
}

function memoryStore(initial: OutboxItem[] = []): OutboxStore & { map: Map<string, OutboxItem> } {
  const map = new Map(initial.map((i) => [i.clientId, i]));
  return {
    map,
    list: async () => [...map.values()],
    put: async (item) => {
      map.set(item.clientId, structuredClone(item));
    },
    remove: async (id) => {
      map.delete(id);
    },
  };
}

function item(clientId: string, patch: Partial<OutboxItem> = {}): OutboxItem {
  return {
    clientId,
    userId: 'u1',
    savedAt: '2014-03-01T08:00:00.000Z',
    input: {
      contactPointId: 'cp',
      startDate: '2014-03-05',
      householdIds: ['h1'],
      heard: '',
      done: '',
    },
    photos: [],
    label: { cadreName: '张三', contactPointName: '甲村', householdNames: ['李四'] },
    ...patch,
  };
}

const photo = (name: string): OutboxPhoto => ({ name, type: 'image/jpeg', blob: new Blob(['x']) });

/** A server that stores each clientId once, as POST /api/visits does. */
function fakeServer(fail: { upload?: unknown[]; create?: unknown[] } = {}) {
  const uploads: string[] = [];
  const visits = new Map<string, VisitCreateInput>();
  const sender: OutboxSender = {
    upload: async (p) => {
      const error = fail.upload?.shift();
      if (error) throw error;
      uploads.push(p.name);
      return `att-${uploads.length}`;
    },
    create: async (body) => {
      const error = fail.create?.shift();
      if (error) throw error;
      if (!visits.has(body.clientId)) visits.set(body.clientId, body);
      return { id: `v-${body.clientId}` } as Visit;
    },
  };
  return { sender, uploads, visits };
}

describe('classifyFailure', () => {
  it('retries later on no connection, timeouts and server errors', () => {
    expect(classifyFailure(apiError(0))).toBe('offline');
    expect(classifyFailure(apiError(502))).toBe('offline');
    expect(classifyFailure(apiError(429))).toBe('offline');
    expect(classifyFailure(new TypeError('Failed to fetch'))).toBe('offline');
  });

  it('waits for the user on a refusal and for a login on 401', () => {
    expect(classifyFailure(apiError(400))).toBe('rejected');
    expect(classifyFailure(apiError(404))).toBe('rejected');
    expect(classifyFailure(apiError(401))).toBe('unauthorized');
  });
});

describe('sendItem', () => {
  it('uploads the photos, sends the visit with their ids and the clientId, and forgets the item', async () => {
    const store = memoryStore();
    const server = fakeServer();
    const it1 = item('c-1', { photos: [photo('a.jpg'), photo('b.jpg')] });
    await store.put(it1);
    const outcome = await sendItem(it1, store, server.sender);
    expect(outcome.kind).toBe('sent');
    expect(server.visits.get('c-1')?.attachmentIds).toEqual(['att-1', 'att-2']);
    expect(store.map.size).toBe(0);
  });

  it('keeps the item and the photos already uploaded when the connection drops', async () => {
    const store = memoryStore();
    const server = fakeServer({ upload: [undefined, apiError(0)] });
    const it1 = item('c-1', { photos: [photo('a.jpg'), photo('b.jpg')] });
    await store.put(it1);
    expect((await sendItem(it1, store, server.sender)).kind).toBe('offline');
    const kept = store.map.get('c-1');
    expect(kept?.photos.map((p) => p.attachmentId)).toEqual(['att-1', undefined]);
    expect(kept?.rejected).toBeUndefined();

    // the retry uploads only the second photo
    expect((await sendItem(kept as OutboxItem, store, server.sender)).kind).toBe('sent');
    expect(server.uploads).toEqual(['a.jpg', 'b.jpg']);
    expect(server.visits.get('c-1')?.attachmentIds).toEqual(['att-1', 'att-2']);
  });

  it('marks a refused item with the server message and keeps it', async () => {
    const store = memoryStore();
    const details = [{ field: 'startDate', message: '不能登记今天以后的走访' }];
    const server = fakeServer({ create: [apiError(400, '输入有误', details)] });
    const it1 = item('c-1');
    await store.put(it1);
    const outcome = await sendItem(it1, store, server.sender);
    expect(outcome).toEqual({ kind: 'rejected', message: '输入有误', details });
    expect(store.map.get('c-1')?.rejected?.message).toBe('输入有误');
  });
});

describe('createOutbox', () => {
  it('stores the item before sending, so nothing is lost offline', async () => {
    const store = memoryStore();
    const server = fakeServer({ create: [apiError(0)] });
    const outbox = createOutbox(store, server.sender);
    expect((await outbox.submit(item('c-1'))).kind).toBe('offline');
    expect((await outbox.items('u1')).map((i) => i.clientId)).toEqual(['c-1']);
  });

  it('never stores a visit twice when the answer was lost and the item is sent again', async () => {
    const store = memoryStore();
    const server = fakeServer();
    // the server stored the visit but the answer never came back
    const lostAnswer: OutboxSender = {
      upload: server.sender.upload,
      create: async (body) => {
        await server.sender.create(body);
        throw apiError(0);
      },
    };
    const first = createOutbox(store, lostAnswer);
    expect((await first.submit(item('c-1'))).kind).toBe('offline');
    const result = await createOutbox(store, server.sender).flush('u1');
    expect(result).toEqual({ sent: 1, rejected: 0, remaining: 0, stopped: false });
    expect(server.visits.size).toBe(1);
  });

  it('flushes oldest first, skips refused items and stops at the first lost connection', async () => {
    const refused = item('c-0', { rejected: { message: '联系点不对', details: [] } });
    const a = item('c-11', { savedAt: '2014-03-01T00:00:00.000Z' });
    const b = item('c-22', { savedAt: '2014-03-02T00:00:00.000Z' });
    const c = item('c-33', { savedAt: '2014-03-03T00:00:00.000Z' });
    const store = memoryStore([c, refused, b, a]);
    const server = fakeServer({ create: [undefined, apiError(503)] });
    const result = await createOutbox(store, server.sender).flush('u1');
    expect(result).toEqual({ sent: 1, rejected: 0, remaining: 3, stopped: true });
    expect([...server.visits.keys()]).toEqual(['c-11']);
  });

  it("sends only the signed-in account's items", async () => {
    const store = memoryStore([item('c-1', { userId: 'other' }), item('c-2')]);
    const server = fakeServer();
    const result = await createOutbox(store, server.sender).flush('u1');
    expect(result.sent).toBe(1);
    expect([...server.visits.keys()]).toEqual(['c-2']);
    expect((await createOutbox(store, server.sender).items('other')).length).toBe(1);
  });

  it('runs one send at a time and tells subscribers about changes', async () => {
    const store = memoryStore();
    const server = fakeServer();
    const outbox = createOutbox(store, server.sender);
    let changes = 0;
    outbox.subscribe(() => changes++);
    const it1 = item('c-1', { photos: [photo('a.jpg')] });
    await Promise.all([outbox.submit(it1), outbox.flush('u1'), outbox.flush('u1')]);
    expect(server.uploads).toEqual(['a.jpg']);
    expect(server.visits.size).toBe(1);
    expect(changes).toBe(3);
    await outbox.discard('nothing');
    expect(changes).toBe(4);
  });

  it('a resubmitted refused item is sent again with the same clientId', async () => {
    const store = memoryStore();
    const server = fakeServer({ create: [apiError(400, '联系点不对')] });
    const outbox = createOutbox(store, server.sender);
    expect((await outbox.submit(item('c-1'))).kind).toBe('rejected');
    const fixed = { ...(store.map.get('c-1') as OutboxItem) };
    fixed.input = { ...fixed.input, contactPointId: 'cp2' };
    expect((await outbox.submit(fixed)).kind).toBe('sent');
    expect(server.visits.get('c-1')?.contactPointId).toBe('cp2');
    expect(store.map.size).toBe(0);
  });
});

describe('newClientId', () => {
  it('is a v4 UUID even where crypto.randomUUID is missing (plain http)', () => {
    const id = newClientId({ getRandomValues: (a) => crypto.getRandomValues(a) });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientId()).not.toBe(newClientId());
  });
});
