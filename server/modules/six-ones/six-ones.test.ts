import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '../../../common/dates.ts';
import {
  DEFAULT_SIX_ONES_RULES,
  SIX_ONES_KEYS,
  type TSixOnesKey,
  type TSixOnesRules,
} from '../../../common/six-ones.ts';
import {
  cadres,
  campaigns,
  cardRecords,
  cases,
  documents,
  letterDeliveries,
  notifications,
} from '../../db/schema/index.ts';
import { type Client, login } from '../../test/app.ts';
import { auditRows } from '../../test/audit.ts';
import { expectEveryCall, expectNotFound, expectValidation } from '../../test/expect.ts';
import { makeCadre, makeContactPoint, makeUser, type TestOrg } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { column, expectSheet } from '../../test/xlsx.ts';

type Item = { key: TSixOnesKey; label: string; done: boolean; detail: string; link: string | null };
type Row = {
  cadreId: string;
  cadreName: string;
  orgId: string;
  leading: boolean;
  done: number;
  items: Item[];
};

const UNKNOWN = '01900000-0000-7000-8000-00000000abcd';

describe('six ones (六个一)', () => {
  const { t, w } = useWorld();
  const today = todayInChina();
  let campaignId: string;
  /** leading, unit A, with a mailbox and an account */
  let lead: { id: string; name: string; client: Client; userId: string };
  /** leading, unit A's branch, no mailbox, no account */
  let branchLead: { id: string; name: string };
  /** leading, unit B */
  let otherLead: { id: string; name: string };
  /** not leading, unit A */
  let plain: { id: string; name: string };
  let pointA: { id: string };
  let pointA2: { id: string };

  async function cadreIn(
    org: TestOrg,
    name: string,
    opts: { leading?: boolean; email?: string } = {},
  ) {
    const c = await makeCadre(t.db, org, { name, leading: opts.leading ?? true });
    if (opts.email) await t.db.update(cadres).set({ email: opts.email }).where(eq(cadres.id, c.id));
    return { id: c.id, name };
  }

  beforeAll(async () => {
    // the active campaign of this month: the default of every route
    campaignId = (
      await makeCampaign(t.db, {
        name: '六个一测试活动',
        startDate: addDays(today, -60),
        endDate: addDays(today, 60),
      })
    ).id;
    const base = await cadreIn(w.unitA, '六甲领导', { email: 'lead@example.cn' });
    const user = await makeUser(t.db, 'cadre', { org: w.unitA, cadreId: base.id });
    lead = { ...base, client: await login(t.app, user.username, user.password), userId: user.id };
    branchLead = await cadreIn(w.branchA, '六甲支部领导');
    otherLead = await cadreIn(w.unitB, '六乙领导', { email: 'b@example.cn' });
    plain = await cadreIn(w.unitA, '六甲科员', { leading: false });
    pointA = await makeContactPoint(t.db, w.unitA, '六甲联系村');
    pointA2 = await makeContactPoint(t.db, w.unitA, '六甲联系社区');
  });

  const sixOf = async (cadreId: string, client: Client = w.as.office, qs = '') => {
    const res = await client.get(`/api/cadres/${cadreId}/six-ones${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { cadreId: string; campaignId: string | null; items: Item[] };
  };
  const itemOf = async (cadreId: string, key: TSixOnesKey) =>
    (await sixOf(cadreId)).items.find((i) => i.key === key) as Item;
  const setRules = async (patch: Partial<TSixOnesRules>, pledge = '') => {
    const res = await w.as.office.request({
      method: 'PUT',
      url: `/api/campaigns/${campaignId}/six-ones`,
      payload: { rules: { ...DEFAULT_SIX_ONES_RULES, ...patch }, pledge },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const put = (c: Client, id: string, payload: unknown) =>
    c.request({ method: 'PUT', url: `/api/campaigns/${id}/six-ones`, payload: payload as object });
  const insertDocument = async (
    kind: 'research' | 'letter',
    cadreId: string,
    org: TestOrg,
    state: (typeof documents.$inferInsert)['state'],
    title: string,
  ) => {
    const [row] = await t.db
      .insert(documents)
      .values({ kind, cadreId, orgId: org.id, campaignId, title, state })
      .returning({ id: documents.id });
    return row?.id as string;
  };
  const setState = (id: string, state: (typeof documents.$inferInsert)['state']) =>
    t.db.update(documents).set({ state }).where(eq(documents.id, id));

  describe('authentication, roles, scope and input', () => {
    const routes = () =>
      [
        ['GET', `/api/cadres/${lead.id}/six-ones`],
        ['GET', '/api/six-ones'],
        ['GET', '/api/six-ones/export'],
        ['POST', '/api/six-ones/reminders'],
        ['GET', `/api/campaigns/${campaignId}/six-ones`],
        ['PUT', `/api/campaigns/${campaignId}/six-ones`, { rules: DEFAULT_SIX_ONES_RULES }],
      ] as const;

    it('answers 401 to every route without a session', async () => {
      await expectEveryCall(t.app, routes(), 401, 'UNAUTHENTICATED');
    });

    it('answers 403 to a role that may not remind or set the rules', async () => {
      const body = { rules: DEFAULT_SIX_ONES_RULES, pledge: '越权' };
      for (const role of ['cadre', 'inspector', 'unit_admin'] as const) {
        const res = await put(w.as[role], campaignId, body);
        expect(res.statusCode, role).toBe(403);
      }
      for (const role of ['cadre', 'inspector'] as const)
        expect((await w.as[role].post('/api/six-ones/reminders', {})).statusCode, role).toBe(403);
      expect((await lead.client.post('/api/six-ones/reminders', {})).statusCode).toBe(403);
      const [row] = await t.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
      expect(row?.pledge).toBe('');
      // everyone reads
      for (const role of ['cadre', 'inspector', 'unit_admin', 'office', 'admin'] as const) {
        expect((await w.as[role].get('/api/six-ones')).statusCode, role).toBe(200);
        const settings = await w.as[role].get(`/api/campaigns/${campaignId}/six-ones`);
        expect(settings.statusCode, role).toBe(200);
      }
    });

    it('answers 404 to a cadre, unit, or campaign out of scope or unknown', async () => {
      expectNotFound(await w.as.unit_admin.get(`/api/cadres/${otherLead.id}/six-ones`));
      expectNotFound(await lead.client.get(`/api/cadres/${otherLead.id}/six-ones`));
      expectNotFound(await w.as.admin.get(`/api/cadres/${UNKNOWN}/six-ones`));
      expectNotFound(await w.as.unit_admin.get(`/api/six-ones?orgId=${w.unitB.id}`));
      expectNotFound(await w.as.unit_admin.get(`/api/six-ones/export?orgId=${w.unitB.id}`));
      expectNotFound(await w.as.unit_admin.post('/api/six-ones/reminders', { orgId: w.unitB.id }));
      expectNotFound(await w.as.admin.get(`/api/six-ones?campaignId=${UNKNOWN}`));
      expectNotFound(await w.as.admin.get(`/api/cadres/${lead.id}/six-ones?campaignId=${UNKNOWN}`));
      expectNotFound(await w.as.admin.get(`/api/campaigns/${UNKNOWN}/six-ones`));
      expectNotFound(await put(w.as.admin, UNKNOWN, { rules: DEFAULT_SIX_ONES_RULES, pledge: '' }));
      expect(await auditRows(t.db, { entityId: UNKNOWN })).toHaveLength(0);
    });

    it('answers 400 with the field, in Chinese, to bad input', async () => {
      const a = w.as.admin;
      expectValidation(await a.get('/api/cadres/nope/six-ones'), 'params.id');
      expectValidation(
        await a.get(`/api/cadres/${lead.id}/six-ones?campaignId=x`),
        'querystring.campaignId',
      );
      expectValidation(await a.get('/api/six-ones?pageSize=1000'), 'querystring.pageSize');
      expectValidation(await a.get('/api/six-ones?leadingOnly=maybe'), 'querystring.leadingOnly');
      expectValidation(await a.get('/api/six-ones/export?orgId=x'), 'querystring.orgId');
      expectValidation(await a.post('/api/six-ones/reminders', { keys: ['mail'] }), 'body.keys.0');
      const empty = expectValidation(
        await a.post('/api/six-ones/reminders', { keys: [] }),
        'body.keys',
      );
      expect(empty.details[0]?.message).toBe('请至少选择一项');
      const rules = DEFAULT_SIX_ONES_RULES;
      const bad = (patch: Record<string, unknown>, field: string) =>
        put(a, campaignId, { rules: { ...rules, ...patch }, pledge: '' }).then((res) =>
          expectValidation(res, field),
        );
      await bad({ research: { require: 'finished' } }, 'body.rules.research.require');
      await bad({ card: { require: 'printed', minHandedOut: -1 } }, 'body.rules.card.minHandedOut');
      await bad({ ledger: { minSignedOffShare: 1.5 } }, 'body.rules.ledger.minSignedOffShare');
      const { demands: _d, ...noDemands } = rules;
      expectValidation(await put(a, campaignId, { rules: noDemands }), 'body.rules.demands');
      const long = expectValidation(
        await put(a, campaignId, { rules, pledge: '诚'.repeat(121) }),
        'body.pledge',
      );
      expect(long.details[0]?.message).toBe('连心卡承诺不能超过 120 个字');
      expectValidation(await put(a, 'nope', { rules, pledge: '' }), 'params.id');
      expect(await auditRows(t.db, { entityId: campaignId, entity: 'campaign' })).toHaveLength(0);
    });
  });

  describe('the rules of a campaign (完成标准)', () => {
    it('reads the defaults, merges what is stored over them, and saves with an audit row', async () => {
      const before = await w.as.cadre.get(`/api/campaigns/${campaignId}/six-ones`);
      expect(before.json()).toEqual({ rules: DEFAULT_SIX_ONES_RULES, pledge: '' });
      // a part stored (an older shape, a wrong value) reads over the defaults
      await t.db
        .update(campaigns)
        .set({ sixOnesRules: { card: { minHandedOut: 5 }, ledger: { minSignedOffShare: 'x' } } })
        .where(eq(campaigns.id, campaignId));
      expect((await w.as.office.get(`/api/campaigns/${campaignId}/six-ones`)).json().rules).toEqual(
        {
          ...DEFAULT_SIX_ONES_RULES,
          card: { require: 'printed', minHandedOut: 5 },
        },
      );
      const rules = { ...DEFAULT_SIX_ONES_RULES, research: { require: 'submitted' as const } };
      const res = await put(w.as.office, campaignId, { rules, pledge: '  心连心，办实事  ' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ rules, pledge: '心连心，办实事' });
      const [audit] = await auditRows(t.db, { entityId: campaignId, entity: 'campaign' });
      expect(audit).toMatchObject({ action: 'update' });
      expect(audit?.summary).toContain('六个一测试活动');
      expect(audit?.after).toMatchObject({ pledge: '心连心，办实事', rules });
      expect(audit?.before).toMatchObject({ pledge: '' });
      await setRules({});
    });
  });

  describe('each rule flips done', () => {
    it('research: claimed, submitted, approved, published', async () => {
      expect(await itemOf(lead.id, 'research')).toMatchObject({
        done: false,
        detail: '未认领调研课题',
        link: `/research-topics?cadreId=${lead.id}`,
      });
      const doc = await insertDocument('research', lead.id, w.unitA, 'draft', '村道调研');
      expect(await itemOf(lead.id, 'research')).toMatchObject({
        done: false,
        detail: '「村道调研」草稿；须报告通过审核',
      });
      await setRules({ research: { require: 'claimed' } });
      expect((await itemOf(lead.id, 'research')).done).toBe(true);
      await setRules({ research: { require: 'submitted' } });
      expect((await itemOf(lead.id, 'research')).done).toBe(false);
      await setState(doc, 'submitted');
      expect((await itemOf(lead.id, 'research')).done).toBe(true);
      await setRules({});
      expect((await itemOf(lead.id, 'research')).done).toBe(false);
      await setState(doc, 'approved');
      expect(await itemOf(lead.id, 'research')).toMatchObject({
        done: true,
        detail: '「村道调研」已通过',
      });
      await setRules({ research: { require: 'published' } });
      expect((await itemOf(lead.id, 'research')).done).toBe(false);
      await setState(doc, 'published');
      expect((await itemOf(lead.id, 'research')).done).toBe(true);
      await setRules({});
    });

    it('card: printed, then handed out at least n', async () => {
      expect(await itemOf(lead.id, 'card')).toMatchObject({
        done: false,
        detail: '尚未印制连心卡',
      });
      await t.db.insert(cardRecords).values([
        { cadreId: lead.id, campaignId, kind: 'printed', count: 30, on: today },
        { cadreId: lead.id, campaignId, kind: 'printed', count: 20, on: today },
      ]);
      expect(await itemOf(lead.id, 'card')).toMatchObject({
        done: true,
        detail: '已印制 50 张，已发放 0 张',
      });
      await setRules({ card: { require: 'handed_out', minHandedOut: 10 } });
      expect(await itemOf(lead.id, 'card')).toMatchObject({
        done: false,
        detail: '已印制 50 张，已发放 0 张；须发放至少 10 张',
      });
      await t.db.insert(cardRecords).values([
        {
          cadreId: lead.id,
          campaignId,
          kind: 'handed_out',
          count: 6,
          on: today,
          contactPointId: pointA.id,
        },
        {
          cadreId: lead.id,
          campaignId,
          kind: 'handed_out',
          count: 6,
          on: today,
          contactPointId: pointA2.id,
        },
      ]);
      expect(await itemOf(lead.id, 'card')).toMatchObject({
        done: true,
        detail: '已印制 50 张，已发放 12 张（2 个联系点）',
      });
      await setRules({ card: { require: 'handed_out', minHandedOut: 13 } });
      expect((await itemOf(lead.id, 'card')).done).toBe(false);
      // another campaign's cards do not count
      const other = await makeCampaign(t.db, { status: 'closed' });
      await t.db.insert(cardRecords).values({
        cadreId: lead.id,
        campaignId: other.id,
        kind: 'handed_out',
        count: 99,
        on: today,
      });
      expect((await itemOf(lead.id, 'card')).done).toBe(false);
      await setRules({});
    });

    it('mailbox: an address, then a mail received in the campaign', async () => {
      expect(await itemOf(branchLead.id, 'mailbox')).toMatchObject({
        done: false,
        detail: '未开通电子信箱（干部名册中未填邮箱）',
      });
      expect(await itemOf(lead.id, 'mailbox')).toMatchObject({
        done: true,
        detail: 'lead@example.cn，本次活动收到来信 0 封',
        link: `/cadres?q=${encodeURIComponent('六甲领导')}`,
      });
      await setRules({ mailbox: { require: 'received' } });
      expect((await itemOf(lead.id, 'mailbox')).detail).toBe(
        'lead@example.cn，本次活动收到来信 0 封；尚未收到来信',
      );
      // a mail before the campaign, a web case and a merged mail do not count
      const early = await makeCase(t.db, {
        channel: 'email',
        createdAt: new Date(`${addDays(today, -61)}T12:00:00+08:00`),
      });
      const web = await makeCase(t.db, { channel: 'web' });
      const merged = await makeCase(t.db, { channel: 'email', status: 'merged' });
      for (const c of [early, web, merged])
        await t.db.update(cases).set({ addresseeCadreId: lead.id }).where(eq(cases.id, c.id));
      expect((await itemOf(lead.id, 'mailbox')).done).toBe(false);
      const mail = await makeCase(t.db, { channel: 'email', status: 'in_progress' });
      await t.db.update(cases).set({ addresseeCadreId: lead.id }).where(eq(cases.id, mail.id));
      expect(await itemOf(lead.id, 'mailbox')).toMatchObject({
        done: true,
        detail: 'lead@example.cn，本次活动收到来信 1 封',
      });
      // the cadre's own page links to the mails in his 诉求清单
      expect((await sixOf(lead.id, lead.client)).items[2]?.link).toBe('/my/cases?channel=email');
      await setRules({});
    });

    it('letter: approved, published, delivered to n contact points', async () => {
      expect(await itemOf(lead.id, 'letter')).toMatchObject({
        done: false,
        detail: '未撰写公开信',
      });
      const doc = await insertDocument('letter', lead.id, w.unitA, 'approved', '致乡亲们');
      expect(await itemOf(lead.id, 'letter')).toMatchObject({
        done: false,
        detail: '「致乡亲们」已通过；须发布并寄发到至少 1 个联系点',
      });
      await setRules({ letter: { require: 'approved', minContactPoints: 0 } });
      expect((await itemOf(lead.id, 'letter')).done).toBe(true);
      await setRules({ letter: { require: 'published', minContactPoints: 0 } });
      expect((await itemOf(lead.id, 'letter')).done).toBe(false);
      await setState(doc, 'published');
      expect((await itemOf(lead.id, 'letter')).done).toBe(true);
      await setRules({});
      expect((await itemOf(lead.id, 'letter')).done).toBe(false);
      await t.db.insert(letterDeliveries).values([
        { documentId: doc, contactPointId: pointA.id, copies: 40, deliveredOn: today },
        { documentId: doc, contactPointId: pointA.id, copies: 10, deliveredOn: today },
      ]);
      expect(await itemOf(lead.id, 'letter')).toMatchObject({
        done: true,
        detail: '「致乡亲们」已发布，已寄发 1 个联系点、50 份',
      });
      await setRules({ letter: { require: 'delivered', minContactPoints: 2 } });
      expect((await itemOf(lead.id, 'letter')).done).toBe(false);
      await t.db
        .insert(letterDeliveries)
        .values({ documentId: doc, contactPointId: pointA2.id, copies: 5, deliveredOn: today });
      expect((await itemOf(lead.id, 'letter')).done).toBe(true);
      await setRules({});
    });

    it('demands and ledger: count, open, signed-off share', async () => {
      // branchLead: nothing yet
      expect(await itemOf(branchLead.id, 'demands')).toMatchObject({
        done: false,
        detail: '本次活动 0 件；须至少 1 件',
        link: `/cases?handlerCadreId=${branchLead.id}`,
      });
      expect(await itemOf(branchLead.id, 'ledger')).toMatchObject({
        done: false,
        detail: '台账暂无诉求件',
      });
      const handled = await makeCase(t.db, {
        status: 'in_progress',
        handlerCadreId: branchLead.id,
      });
      // written to and handled by him: one case, not two
      const both = await makeCase(t.db, { status: 'answered', handlerCadreId: branchLead.id });
      await t.db
        .update(cases)
        .set({ addresseeCadreId: branchLead.id })
        .where(eq(cases.id, both.id));
      // refused: on the list, not in the ledger
      await makeCase(t.db, { status: 'not_accepted', handlerCadreId: branchLead.id });
      expect(await itemOf(branchLead.id, 'demands')).toMatchObject({
        done: true,
        detail: '本次活动 3 件，办理中 1 件',
      });
      expect(await itemOf(branchLead.id, 'ledger')).toMatchObject({
        done: false,
        detail: '2 件，已销号 0 件（0%）；销号率须达 50%',
      });
      await setRules({ demands: { minCount: 4 } });
      expect((await itemOf(branchLead.id, 'demands')).done).toBe(false);
      await t.db.update(cases).set({ status: 'signed_off' }).where(eq(cases.id, both.id));
      expect(await itemOf(branchLead.id, 'ledger')).toMatchObject({
        done: true,
        detail: '2 件，已销号 1 件（50%）',
      });
      await setRules({ ledger: { minSignedOffShare: 0.6 } });
      expect((await itemOf(branchLead.id, 'ledger')).done).toBe(false);
      await t.db.update(cases).set({ status: 'signed_off' }).where(eq(cases.id, handled.id));
      expect((await itemOf(branchLead.id, 'ledger')).done).toBe(true);
      await setRules({ ledger: { minSignedOffShare: 0 } });
      expect((await itemOf(branchLead.id, 'ledger')).done).toBe(true);
      await setRules({});
    });

    it('without a campaign: says so, counts the cases of all time', async () => {
      await t.db.update(campaigns).set({ status: 'draft' }).where(eq(campaigns.id, campaignId));
      try {
        const six = await sixOf(lead.id, lead.client);
        expect(six.campaignId).toBeNull();
        const by = Object.fromEntries(six.items.map((i) => [i.key, i]));
        for (const key of ['research', 'card', 'letter'] as const)
          expect(by[key]).toMatchObject({ done: false, detail: '当前没有进行中的活动' });
        expect(by.mailbox?.detail).toBe('lead@example.cn，累计收到来信 2 封');
        const board = (await w.as.office.get('/api/six-ones')).json();
        expect(board.campaign).toBeNull();
      } finally {
        await t.db.update(campaigns).set({ status: 'active' }).where(eq(campaigns.id, campaignId));
      }
      // the campaign asked for, even when not active
      expect((await sixOf(lead.id, w.as.office, `?campaignId=${campaignId}`)).campaignId).toBe(
        campaignId,
      );
    });

    it("answers the cadre's own six in the plan's order, with his links", async () => {
      const six = await sixOf(lead.id, lead.client);
      expect(six.cadreId).toBe(lead.id);
      expect(six.campaignId).toBe(campaignId);
      expect(six.items.map((i) => i.key)).toEqual([...SIX_ONES_KEYS]);
      expect(six.items.map((i) => i.label)).toEqual([
        '调研课题',
        '干群连心卡',
        '电子信箱',
        '公开信',
        '诉求清单',
        '销号台账',
      ]);
      expect(six.items.find((i) => i.key === 'demands')?.link).toBe('/my/cases');
      // a unit admin reads a cadre of his branch, an inspector any
      expect((await sixOf(branchLead.id, w.as.unit_admin)).items).toHaveLength(6);
      expect((await sixOf(otherLead.id, w.as.inspector)).items).toHaveLength(6);
    });
  });

  describe('the board', () => {
    const boardOf = async (client: Client, qs = '') => {
      const res = await client.get(`/api/six-ones?pageSize=200${qs}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        items: Row[];
        total: number;
        incomplete: number;
        campaign: { id: string; name: string } | null;
      };
    };

    it('lists the leading cadres of the scope, leading first, who lacks most first', async () => {
      const all = await boardOf(w.as.office);
      expect(all.campaign).toMatchObject({ id: campaignId, name: '六个一测试活动' });
      const ids = all.items.map((r) => r.cadreId);
      expect(ids).toEqual(expect.arrayContaining([lead.id, branchLead.id, otherLead.id]));
      expect(ids).not.toContain(plain.id);
      expect(all.total).toBe(all.items.length);
      expect(all.items.every((r) => r.leading)).toBe(true);
      const dones = all.items.map((r) => r.done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      const row = all.items.find((r) => r.cadreId === lead.id) as Row;
      expect(row.done).toBe(row.items.filter((i) => i.done).length);
      expect(row).toMatchObject({ cadreName: '六甲领导', orgId: w.unitA.id, leading: true });
      expect(all.incomplete).toBe(all.items.filter((r) => r.done < 6).length);

      const everyone = await boardOf(w.as.office, '&leadingOnly=false');
      expect(everyone.items.map((r) => r.cadreId)).toContain(plain.id);
      const firstPlain = everyone.items.findIndex((r) => !r.leading);
      expect(everyone.items.slice(firstPlain).every((r) => !r.leading)).toBe(true);
    });

    it("shows a unit admin only his units' cadres, filtered by unit and name", async () => {
      const mine = await boardOf(w.as.unit_admin);
      const ids = mine.items.map((r) => r.cadreId);
      expect(ids).toEqual(expect.arrayContaining([lead.id, branchLead.id]));
      expect(ids).not.toContain(otherLead.id);
      expect(mine.total).toBe(mine.items.length);
      const branch = await boardOf(w.as.unit_admin, `&orgId=${w.branchA.id}`);
      expect(branch.items.map((r) => r.cadreId)).toEqual([branchLead.id]);
      const named = await boardOf(w.as.admin, `&q=${encodeURIComponent('六乙')}`);
      expect(named.items.map((r) => r.cadreId)).toEqual([otherLead.id]);
      // a cadre reads his unit's board through the API too (the page is the overseers')
      expect((await boardOf(lead.client)).items.map((r) => r.cadreId)).not.toContain(otherLead.id);
    });

    it('pages with a total of all matches', async () => {
      const one = (await w.as.admin.get('/api/six-ones?pageSize=1&page=2')).json();
      const all = await boardOf(w.as.admin);
      expect(one.total).toBe(all.total);
      expect(one.items.map((r: Row) => r.cadreId)).toEqual([all.items[1]?.cadreId]);
    });

    it('exports one row per cadre with a column per item, the count and the rate', async () => {
      const res = await w.as.unit_admin.get(`/api/six-ones/export?orgId=${w.unitA.id}`);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const rows = await expectSheet(res, [
        '干部',
        '领导干部',
        '单位',
        '职务',
        '调研课题',
        '干群连心卡',
        '电子信箱',
        '公开信',
        '诉求清单',
        '销号台账',
        '完成项数',
        '完成率',
      ]);
      expect(column(rows, 0)).toEqual(expect.arrayContaining(['六甲领导', '六甲支部领导']));
      expect(column(rows, 0)).not.toContain('六乙领导');
      const row = rows.find((r) => r[0] === '六甲领导') as string[];
      const board = await boardOf(w.as.unit_admin);
      const json = board.items.find((r) => r.cadreId === lead.id) as Row;
      expect(row[1]).toBe('是');
      expect(row[2]).toContain('甲单位');
      expect(row[4]).toBe(`完成：${json.items[0]?.detail}`);
      expect(row[5]).toBe(`完成：${json.items[1]?.detail}`);
      expect(row[10]).toBe(String(json.done));
      expect(row[11]).toBe(`${Math.round((json.done / 6) * 100)}%`);
      const branchRow = rows.find((r) => r[0] === '六甲支部领导') as string[];
      expect(branchRow[4]).toBe('未完成：未认领调研课题');
    });
  });

  describe('reminders', () => {
    const noticesOf = (userId: string) =>
      t.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'six_ones_reminder')));

    it('reminds only the leading cadres missing an item, once per campaign and day', async () => {
      // unit A's branch leader has an account now; the plain cadre (not leading) has one too
      const branchUser = await makeUser(t.db, 'cadre', { org: w.branchA, cadreId: branchLead.id });
      const plainUser = await makeUser(t.db, 'cadre', { org: w.unitA, cadreId: plain.id });
      const otherUser = await makeUser(t.db, 'cadre', { org: w.unitB, cadreId: otherLead.id });
      const other = await makeCampaign(t.db, { name: '另一活动', status: 'closed' });
      // only the mailbox: the branch leader has none, the unit A leader has one
      const first = await w.as.unit_admin.post('/api/six-ones/reminders', {
        campaignId: other.id,
        keys: ['mailbox'],
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({ missing: 1, sent: 1, skippedNoAccount: 0 });
      const [notice] = await noticesOf(branchUser.id);
      expect(notice).toMatchObject({ link: '/my/six-ones', title: '「另一活动」六个一尚未完成' });
      expect(notice?.body).toBe(
        '尚缺：电子信箱（未开通电子信箱（干部名册中未填邮箱））。请尽快完成。',
      );
      expect(await noticesOf(lead.userId)).toHaveLength(0);
      expect(await noticesOf(plainUser.id)).toHaveLength(0);
      expect(await noticesOf(otherUser.id)).toHaveLength(0);

      // every item, this campaign: unit A's two leaders lack something
      const all = await w.as.unit_admin.post('/api/six-ones/reminders', {});
      expect(all.json()).toEqual({ missing: 2, sent: 2, skippedNoAccount: 0 });
      const [leadNotice] = await noticesOf(lead.userId);
      // by now he has done all but his ledger: the reminder says which, and what is missing
      expect(leadNotice?.body).toBe(
        '尚缺：销号台账（2 件，已销号 0 件（0%）；销号率须达 50%）。请尽快完成。',
      );
      expect(await noticesOf(otherUser.id)).toHaveLength(0);
      // the same day again: nothing new
      const again = await w.as.unit_admin.post('/api/six-ones/reminders', {});
      expect(again.json()).toEqual({ missing: 2, sent: 0, skippedNoAccount: 0 });
      expect(await noticesOf(lead.userId)).toHaveLength(1);

      const rows = await auditRows(t.db, { entity: 'notification' });
      const mine = rows.filter((r) => r.summary.includes('六个一提醒'));
      expect(mine).toHaveLength(3);
      expect(mine.map((r) => r.summary)).toContain(
        '「六个一测试活动」六个一提醒：缺项的领导干部 2 人，新发提醒 0 条',
      );
    });

    it('counts the leaders without an account', async () => {
      const lone = await cadreIn(w.unitB, '六乙无账号领导');
      const res = await w.as.office.post('/api/six-ones/reminders', { orgId: w.unitB.id });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ missing: 2, skippedNoAccount: 1 });
      expect(lone.id).toBeDefined();
    });
  });
});
