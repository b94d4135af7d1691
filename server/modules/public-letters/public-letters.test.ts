import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS_LIST,
  DOCUMENT_STATES,
  type TDocumentKind,
  type TDocumentState,
} from '../../../common/documents.ts';
import { cadres, documents } from '../../db/schema/index.ts';
import { expectError, expectNotFound } from '../../test/expect.ts';
import { makeCadre, type TestOrg } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { useWorld } from '../../test/hooks.ts';

let addr = 0;
/** a new address per request: the public reads are rate-limited per address */
const nextAddress = () => `10.9.${Math.floor(++addr / 250)}.${addr % 250}`;

type LetterJson = {
  id: string;
  title: string;
  body: string;
  author: string;
  orgName: string;
  publishedAt: string;
};

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

/** GET /api/public/letters[/{id}]: 给群众的公开信 on the citizens' site — published letters only. */
describe('public letters', () => {
  const { t, w } = useWorld();
  const get = (url: string, remoteAddress = nextAddress()) =>
    t.app.inject({ method: 'GET', url, remoteAddress });

  /** one document of each kind in each state, each by its own cadre (one per cadre and campaign) */
  const docs: {
    id: string;
    kind: TDocumentKind;
    state: TDocumentState;
    title: string;
    phone: string;
    email: string;
  }[] = [];
  /** the published letters, newest first */
  let published: { id: string; title: string }[] = [];
  let campaignId = '';

  async function makeDocument(
    org: TestOrg,
    kind: TDocumentKind,
    state: TDocumentState,
    opts: { publishedAt?: Date; post?: string; name?: string } = {},
  ) {
    const phone = `1390000${String(1000 + docs.length)}`;
    const cadre = await makeCadre(t.db, org, { leading: true, name: opts.name, phone });
    const email = `c${cadre.id.slice(-8)}@tiexin.example`;
    await t.db
      .update(cadres)
      .set({ post: opts.post ?? '局长', email })
      .where(eq(cadres.id, cadre.id));
    const title = `${kind}-${state}-${docs.length}`;
    const [row] = await t.db
      .insert(documents)
      .values({
        kind,
        cadreId: cadre.id,
        orgId: org.id,
        campaignId,
        title,
        body: `# 致群众\n\n${title} 的正文，**欢迎来信**。\n\n- 一\n- 二`,
        state,
        publishedAt: state === 'published' ? (opts.publishedAt ?? new Date()) : null,
      })
      .returning({ id: documents.id });
    if (!row) throw new Error('no document');
    docs.push({ id: row.id, kind, state, title, phone, email });
    return { id: row.id, title };
  }

  beforeAll(async () => {
    campaignId = (await makeCampaign(t.db)).id;
    for (const kind of DOCUMENT_KINDS_LIST)
      for (const state of DOCUMENT_STATES) await makeDocument(w.unitA, kind, state);
    // two more published letters, older ones, in another unit
    const older = await makeDocument(w.unitB, 'letter', 'published', {
      publishedAt: new Date('2014-05-01T02:00:00Z'),
      name: '王五',
      post: '',
    });
    const oldest = await makeDocument(w.unitB, 'letter', 'published', {
      publishedAt: new Date('2014-04-01T02:00:00Z'),
    });
    const newest = docs.find((d) => d.kind === 'letter' && d.state === 'published');
    if (!newest) throw new Error('no published letter');
    published = [newest, older, oldest];
  });

  it('lists only published letters, newest first, with total counting the same', async () => {
    const res = await get('/api/public/letters?pageSize=200');
    expect(res.statusCode, res.body).toBe(200);
    const { items, total } = res.json() as { items: LetterJson[]; total: number };
    expect(items.map((l) => l.id)).toEqual(published.map((l) => l.id));
    expect(total).toBe(published.length);
    const unpublished = docs.filter((d) => !(d.kind === 'letter' && d.state === 'published'));
    expect(unpublished).toHaveLength(DOCUMENT_STATES.length * DOCUMENT_KINDS_LIST.length - 1);
    for (const d of unpublished) expect(res.body, `${d.kind} ${d.state}`).not.toContain(d.title);
  });

  it('answers a letter with its text, author (name and post), unit and date — and nothing else', async () => {
    const [newest] = published;
    const res = await get(`/api/public/letters/${newest?.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const letter = res.json() as LetterJson;
    expect(Object.keys(letter).sort()).toEqual(
      ['author', 'body', 'id', 'orgName', 'publishedAt', 'title'].sort(),
    );
    expect(letter).toMatchObject({ id: newest?.id, title: newest?.title, orgName: '甲单位' });
    expect(letter.author).toMatch(/^干部\d+（局长）$/);
    expect(letter.body).toContain('**欢迎来信**');
    expect(Number.isNaN(Date.parse(letter.publishedAt))).toBe(false);
    const list = (await get('/api/public/letters')).json() as { items: LetterJson[] };
    expect(list.items[0]).toEqual(letter);
  });

  it('names an author without a post by the name alone', async () => {
    const res = await get(`/api/public/letters/${published[1]?.id}`);
    expect(res.json()).toMatchObject({ author: '王五', orgName: '乙单位' });
    expect(res.json().publishedAt).toBe('2014-05-01T02:00:00.000Z');
  });

  it('carries no personal data: no phone or e-mail key, and not the cadre’s phone or e-mail', async () => {
    for (const url of [
      '/api/public/letters?pageSize=200',
      ...published.map((l) => `/api/public/letters/${l.id}`),
    ]) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      const keys = keysOf(res.json());
      expect(keys.filter((k) => /phone|mail|mobile|idNumber|cadreId|createdBy/i.test(k))).toEqual(
        [],
      );
      for (const d of docs) {
        expect(res.body).not.toContain(d.phone);
        expect(res.body).not.toContain(d.email);
      }
    }
  });

  it('answers 404 to every document that is not a published letter, and to an unknown id', async () => {
    for (const d of docs) {
      if (d.kind === 'letter' && d.state === 'published') continue;
      expectNotFound(await get(`/api/public/letters/${d.id}`));
    }
    expectNotFound(await get('/api/public/letters/01900000-0000-7000-8000-00000000abcd'));
    // a published research report is not a letter
    const research = docs.find((d) => d.kind === 'research' && d.state === 'published');
    expectNotFound(await get(`/api/public/letters/${research?.id}`));
  });

  it('takes a letter off the public site as soon as it is withdrawn', async () => {
    const extra = await makeDocument(w.unitA, 'letter', 'published', {
      publishedAt: new Date('2014-01-01T00:00:00Z'),
    });
    expect((await get(`/api/public/letters/${extra.id}`)).statusCode).toBe(200);
    await t.db.update(documents).set({ state: 'withdrawn' }).where(eq(documents.id, extra.id));
    expectNotFound(await get(`/api/public/letters/${extra.id}`));
    const list = (await get('/api/public/letters?pageSize=200')).json();
    expect(list.total).toBe(published.length);
  });

  it('pages: pageSize and page cut the same newest-first list, total stays the count', async () => {
    const first = (await get('/api/public/letters?page=1&pageSize=2')).json();
    const second = (await get('/api/public/letters?page=2&pageSize=2')).json();
    const beyond = (await get('/api/public/letters?page=9&pageSize=2')).json();
    expect(first.items.map((l: LetterJson) => l.id)).toEqual(
      published.slice(0, 2).map((l) => l.id),
    );
    expect(second.items.map((l: LetterJson) => l.id)).toEqual(published.slice(2).map((l) => l.id));
    expect(beyond.items).toEqual([]);
    expect([first.total, second.total, beyond.total]).toEqual([3, 3, 3]);
  });

  it('searches the title and the text with q, still published letters only', async () => {
    const hit = (
      await get(`/api/public/letters?q=${encodeURIComponent(published[2]?.title ?? '')}`)
    ).json();
    expect(hit.items.map((l: LetterJson) => l.id)).toEqual([published[2]?.id]);
    expect(hit.total).toBe(1);
    const research = docs.find((d) => d.kind === 'research' && d.state === 'published');
    const none = (
      await get(`/api/public/letters?q=${encodeURIComponent(research?.title ?? '')}`)
    ).json();
    expect(none).toEqual({ items: [], total: 0 });
    const text = (await get(`/api/public/letters?q=${encodeURIComponent('欢迎来信')}`)).json();
    expect(text.total).toBe(3);
  });

  it('answers 400 with a zh-CN message to bad paging, a long q or an id that is not a UUID', async () => {
    for (const qs of [
      'page=0',
      'page=x',
      'pageSize=0',
      'pageSize=201',
      'pageSize=1.5',
      `q=${'y'.repeat(101)}`,
    ]) {
      const error = expectError(await get(`/api/public/letters?${qs}`), 400, 'VALIDATION');
      expect(error.message, qs).toMatch(/[\u4e00-\u9fa5]/);
    }
    const error = expectError(await get('/api/public/letters/not-an-id'), 400, 'VALIDATION');
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('needs no account, and gives a staff session nothing more', async () => {
    const anon = await get('/api/public/letters');
    const staff = await w.as.admin.get('/api/public/letters');
    expect(staff.statusCode).toBe(200);
    expect(staff.json()).toEqual(anon.json());
  });

  it('is rate-limited per address like the other public reads', async () => {
    const ip = nextAddress();
    let last = 0;
    for (let i = 0; i <= t.config.publicReadsPerMinute; i++)
      last = (await get('/api/public/letters?pageSize=1', ip)).statusCode;
    expect(last).toBe(429);
    expect((await get('/api/public/letters?pageSize=1')).statusCode).toBe(200);
  });
});
