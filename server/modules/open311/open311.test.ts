import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases } from '../../db/schema/index.ts';
import { addresses } from '../../test/expect.ts';
import { makeCase, SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';

const nextAddress = addresses(3);
const DAY = 86_400_000;

/** The specification's own POST example, with our service code and a place in 萍乡. */
const specExample = () =>
  [
    'api_key=xyz',
    'jurisdiction_id=city.gov',
    `service_code=${SEEDED_CATEGORY.roads}`,
    'lat=27.62',
    'long=113.85',
    `address_string=${encodeURIComponent('安源区凤凰街道跃进北路 12 号')}`,
    'email=smit222%40example.cn',
    'device_id=tt222111',
    'account_id=123456',
    `first_name=${encodeURIComponent('建国')}`,
    `last_name=${encodeURIComponent('欧阳')}`,
    'phone=13900007777',
    `description=${encodeURIComponent('路面塌陷，形成大坑，过往车辆很危险')}`,
    'media_url=http%3A%2F%2Fcity.example%2Fhole.jpg',
    'attribute[WHISPAWN]=123456',
    'attribute[WHISDORN]=COTRUN-TRTERT',
  ].join('&');

describe('Open311 GeoReport v2', () => {
  const { t, w } = useWorld();

  const get = (url: string, remoteAddress = nextAddress()) =>
    t.app.inject({ method: 'GET', url, remoteAddress });
  const post = (payload: string, remoteAddress = nextAddress()) =>
    t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload,
      remoteAddress,
    });
  /** Every error is `[{ code, description }]`, the code being the HTTP status. */
  const expectError = (res: { statusCode: number; json(): unknown }, status: number, text = '') => {
    expect(res.statusCode).toBe(status);
    const body = res.json() as { code: number; description: string }[];
    expect(body).toHaveLength(1);
    expect(body[0]?.code).toBe(status);
    expect(body[0]?.description).toContain(text);
  };
  /** Nothing personal in any answer: not the name, phone, e-mail, device or media URL. */
  const expectNoPersonalData = (body: string) => {
    for (const secret of [
      '欧阳',
      '建国',
      '13900007777',
      'smit222',
      'tt222111',
      'hole.jpg',
      '张群众',
    ]) {
      expect(body).not.toContain(secret);
    }
    for (const key of ['email', 'phone', 'first_name', 'last_name', 'device_id', 'citizen']) {
      expect(body).not.toContain(`"${key}`);
    }
  };

  it('answers the discovery document with this endpoint', async () => {
    const res = await get('/open311/v2/discovery.json');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({
      changeset: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      contact: expect.stringContaining('局活动办'),
      key_service: expect.any(String),
    });
    expect(d.endpoints).toEqual([
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: 'http://localhost:80/open311/v2',
        changeset: d.changeset,
        type: 'production',
        formats: ['application/json'],
      },
    ]);
  });

  it('lists the active categories as services and defines each', async () => {
    const res = await get('/open311/v2/services.json');
    expect(res.statusCode).toBe(200);
    const services = res.json() as Record<string, unknown>[];
    expect(services.map((s) => s.service_name)).toContain('形式主义');
    expect(services.find((s) => s.service_code === SEEDED_CATEGORY.roads)).toEqual({
      service_code: SEEDED_CATEGORY.roads,
      service_name: '道路交通',
      description: '民生诉求：道路交通。办理时限 15 个工作日。',
      metadata: false,
      type: 'realtime',
      keywords: '民生诉求, 道路交通',
      group: '民生诉求',
    });
    expect(services.find((s) => s.service_code === SEEDED_CATEGORY.formalism)?.group).toBe(
      '四风问题',
    );
    const def = await get(`/open311/v2/services/${SEEDED_CATEGORY.roads}.json`);
    expect(def.statusCode).toBe(200);
    expect(def.json()).toEqual({ service_code: SEEDED_CATEGORY.roads, attributes: [] });
  });

  it('answers unknown services, ids, routes and XML in the error format', async () => {
    expectError(await get('/open311/v2/services/01900000-0000-7000-8000-0000000000ff.json'), 404);
    expectError(await get('/open311/v2/services/001.json'), 404, 'service_code');
    expectError(await get('/open311/v2/requests/01900000-0000-7000-8000-0000000000ff.json'), 404);
    expectError(await get('/open311/v2/requests/638344.json'), 404, 'service_request_id');
    expectError(await get('/open311/v2/services.xml'), 400, '.json');
    expectError(await get('/open311/v2/requests/638344.xml'), 400, '.json');
    expectError(await get('/open311/v2/tokens/1.json'), 404);
  });

  it('round-trips the specification example: POST form-encoded, then GET by id and in the id list', async () => {
    const res = await post(specExample());
    expect(res.statusCode, res.body).toBe(200);
    const [created, ...more] = res.json();
    expect(more).toEqual([]);
    expect(created).toEqual({
      service_request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      service_notice: expect.stringMatching(/查询码 [2-9A-HJ-NP-Z]{10}.*15 个工作日/),
      account_id: null,
    });
    const id = created.service_request_id as string;
    const [row] = await t.db.select().from(cases).where(eq(cases.id, id));
    expect(row).toMatchObject({
      channel: 'web',
      categoryId: SEEDED_CATEGORY.roads,
      content: '路面塌陷，形成大坑，过往车辆很危险',
      citizenName: '欧阳建国',
      citizenPhone: '13900007777',
      citizenEmail: 'smit222@example.cn',
      address: '安源区凤凰街道跃进北路 12 号',
      lat: 27.62,
      lng: 113.85,
      anonymous: false,
      status: 'received',
      enteredBy: null,
    });
    expect(created.service_notice).toContain(row?.trackingCode);
    const events = await t.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    expect(events.find((e) => e.action === 'note')).toMatchObject({
      public: false,
      note: expect.stringContaining('http://city.example/hole.jpg'),
    });

    const one = await get(`/open311/v2/requests/${id}.json`);
    expect(one.statusCode).toBe(200);
    if (!row) throw new Error('no case');
    const requestedAt = row.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(one.json()).toEqual([
      {
        service_request_id: id,
        status: 'open',
        status_notes: '待受理',
        service_name: '道路交通',
        service_code: SEEDED_CATEGORY.roads,
        description: '路面塌陷，形成大坑，过往车辆很危险',
        agency_responsible: null,
        service_notice: '办理时限 15 个工作日',
        requested_datetime: requestedAt,
        updated_datetime: expect.stringMatching(/Z$/),
        expected_datetime: null,
        address: '安源区凤凰街道跃进北路 12 号',
        address_id: null,
        zipcode: null,
        lat: 27.62,
        long: 113.85,
        media_url: null,
      },
    ]);
    expectNoPersonalData(one.body);
    // service_request_id overrides every other argument, even a status that would exclude it
    const listed = await get(
      `/open311/v2/requests.json?service_request_id=${id},01900000-0000-7000-8000-0000000000ff,xyz&status=closed`,
    );
    expect(listed.statusCode).toBe(200);
    expect(listed.json().map((r: { service_request_id: string }) => r.service_request_id)).toEqual([
      id,
    ]);
    expectNoPersonalData(listed.body);
  });

  it('takes an address without coordinates, and keeps nothing personal when none is given', async () => {
    const res = await post(
      `service_code=${SEEDED_CATEGORY.urgent}&address_string=${encodeURIComponent('芦溪县宣风镇竹垣村')}&description=${encodeURIComponent('灌溉水渠决口，农田被淹')}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await t.db
      .select()
      .from(cases)
      .where(eq(cases.id, res.json()[0].service_request_id));
    expect(row).toMatchObject({
      anonymous: true,
      citizenName: null,
      citizenPhone: null,
      citizenEmail: null,
      lat: null,
      address: '芦溪县宣风镇竹垣村',
    });
    expect(res.json()[0].service_notice).toContain('1 个工作日');
  });

  it('requires a location, a known service and a description, in the error format', async () => {
    const base = `service_code=${SEEDED_CATEGORY.roads}&description=${encodeURIComponent('路灯不亮已经一个月')}`;
    expectError(await post(base), 400, '位置');
    expectError(await post(`${base}&lat=27.6`), 400, 'lat 和 long');
    expectError(await post(`${base}&address_id=545483`), 400, 'address_id');
    expectError(await post(`${base}&lat=97&long=113.8`), 400, 'lat');
    expectError(await post(`${base}&lat=abc&long=113.8`), 400, 'lat');
    expectError(await post(`${base}&lat=27.6&long=200`), 400, 'long');
    expectError(
      await post(`service_code=${SEEDED_CATEGORY.roads}&address_string=x`),
      400,
      'description',
    );
    expectError(
      await post(`description=${encodeURIComponent('路灯不亮已经一个月')}&address_string=x`),
      400,
      'service_code',
    );
    expectError(await post(`${base}&address_string=x&email=not-an-email`), 400, 'email');
    expectError(await post(`${base}&address_string=x&phone=call-me`), 400, 'phone');
    expectError(
      await post(
        `service_code=01900000-0000-7000-8000-0000000000ff&address_string=x&description=${encodeURIComponent('路灯不亮已经一个月')}`,
      ),
      404,
      'service_code',
    );
    expectError(
      await post(
        `service_code=001&address_string=x&description=${encodeURIComponent('路灯不亮已经一个月')}`,
      ),
      404,
    );
  });

  it('rate-limits submissions per address like the public form, in the error format', async () => {
    const from = nextAddress();
    for (let i = 0; i < t.config.publicWritesPerMinute; i++) {
      expect((await post('service_code=x', from)).statusCode).toBe(400);
    }
    expectError(await post('service_code=x', from), 429);
  });

  it('ignores a staff session: no CSRF token is needed and nothing is entered in its name', async () => {
    const res = await w.as.office.request({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': '' },
      payload: `service_code=${SEEDED_CATEGORY.roads}&address_string=x&description=${encodeURIComponent('村口路灯坏了很久')}`,
      remoteAddress: nextAddress(),
    });
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await t.db
      .select()
      .from(cases)
      .where(eq(cases.id, res.json()[0].service_request_id));
    expect(row?.enteredBy).toBeNull();
  });

  describe('the list', () => {
    const ids: Record<string, string> = {};
    const now = Date.now();
    beforeAll(async () => {
      const make = async (
        key: string,
        opts: Parameters<typeof makeCase>[1],
        publicity: boolean,
      ) => {
        const c = await makeCase(t.db, opts);
        await t.db
          .update(cases)
          .set({ publicity, address: '湘东区腊市镇', lat: 27.6, lng: 113.72 })
          .where(eq(cases.id, c.id));
        ids[key] = c.id;
      };
      await make(
        'answered',
        {
          status: 'answered',
          answer: '已组织施工队修复路面',
          assignedOrgId: w.unitA.id,
          dueDate: '2026-01-20',
          createdAt: new Date(now - 5 * DAY),
        },
        true,
      );
      await make(
        'inProgress',
        {
          status: 'in_progress',
          categoryId: SEEDED_CATEGORY.formalism,
          assignedOrgId: w.unitB.id,
          createdAt: new Date(now - 10 * DAY),
        },
        true,
      );
      await make('merged', { status: 'merged', createdAt: new Date(now - 20 * DAY) }, true);
      await make('old', { status: 'signed_off', createdAt: new Date(now - 120 * DAY) }, true);
      await make('private', { status: 'in_progress', createdAt: new Date(now - 3 * DAY) }, false);
    });
    const listIds = async (query = '') => {
      const res = await get(`/open311/v2/requests.json${query}`);
      expect(res.statusCode, res.body).toBe(200);
      expectNoPersonalData(res.body);
      return (res.json() as { service_request_id: string }[]).map((r) => r.service_request_id);
    };

    it('shows only cases marked for publicity, of the last 90 days, newest first', async () => {
      const all = await listIds();
      expect(all).toEqual([ids.answered, ids.inProgress, ids.merged]);
      const [answered] = (await get('/open311/v2/requests.json')).json();
      expect(answered).toMatchObject({
        status: 'closed',
        status_notes: '已办结：已组织施工队修复路面',
        agency_responsible: '甲单位',
        expected_datetime: '2026-01-20T23:59:59+08:00',
        address: '湘东区腊市镇',
        lat: 27.6,
        long: 113.72,
      });
      // the unpublished one is still there for whoever holds its id
      expect((await get(`/open311/v2/requests/${ids.private}.json`)).json()[0].status_notes).toBe(
        '办理中',
      );
    });

    it('filters by status, service code and dates', async () => {
      expect(await listIds('?status=closed')).toEqual([ids.answered, ids.merged]);
      expect(await listIds('?status=open')).toEqual([ids.inProgress]);
      expect(await listIds('?status=open,closed')).toHaveLength(3);
      expect(await listIds(`?service_code=${SEEDED_CATEGORY.formalism}`)).toEqual([ids.inProgress]);
      expect(
        await listIds(`?service_code=${SEEDED_CATEGORY.formalism},${SEEDED_CATEGORY.roads}`),
      ).toHaveLength(3);
      expect(await listIds('?service_code=006')).toEqual([]);
      const iso = (ms: number) => new Date(ms).toISOString();
      expect(
        await listIds(`?start_date=${iso(now - 15 * DAY)}&end_date=${iso(now - 7 * DAY)}`),
      ).toEqual([ids.inProgress]);
      // a start date alone opens a 90-day window from it
      expect(await listIds(`?start_date=${iso(now - 130 * DAY)}`)).toEqual([ids.old]);
      const end = new Date(now - 100 * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
      expect(await listIds(`?end_date=${end}`)).toEqual([ids.old]);
      const offset = new Date(now - 6 * DAY + 8 * 3_600_000).toISOString().slice(0, 19);
      expect(await listIds(`?start_date=${offset}%2B08:00`)).toEqual([ids.answered]);
    });

    it('refuses bad dates, spans over 90 days and unknown statuses with 400', async () => {
      for (const q of [
        'start_date=yesterday',
        'start_date=2026-13-01T00:00:00Z',
        'start_date=2026-01-01T00:00:00',
        'end_date=2026-02-30x',
        'start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z',
        'start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z',
        'status=pending',
        // found by tests/faults: a window ending after year 9999 was a 500
        'start_date=9999-12-31T23:59:59Z',
        'end_date=1800-01-01T00:00:00Z',
      ]) {
        expectError(await get(`/open311/v2/requests.json?${q}`), 400);
      }
    });
  });

  it('is part of the OpenAPI document', async () => {
    const res = await w.as.admin.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/open311/v2/requests.json');
  });
});
