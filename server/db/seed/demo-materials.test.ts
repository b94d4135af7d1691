import { beforeAll, describe, expect, it } from 'vitest';
import { ZMaterialCreateSchema } from '../../../common/materials.ts';
import { type Client, login } from '../../test/app.ts';
import { useTestApp } from '../../test/hooks.ts';
import { materials } from '../schema/index.ts';
import { inTransaction } from '../tx.ts';
import { loadDemoData } from './bootstrap.ts';
import { DEMO_PASSWORD } from './demo-data.ts';

type Row = {
  id: string;
  title: string;
  online: boolean;
  sentUnits: number;
  confirmedUnits: number;
  viewers: number | null;
  viewedAt: string | null;
};
type Sending = { orgName: string; receivedAt: string | null; remindedAt: string | null };

/** 学习资料 of the 2014 learning phase, as the pages read them. */
describe('demo data: 学习资料', () => {
  const t = useTestApp();
  let office: Client;
  let items: Row[];
  let of2014: string;
  beforeAll(async () => {
    await inTransaction(t.db, (tx) => loadDemoData(tx));
    office = await login(t.app, 'office', DEMO_PASSWORD);
    // the 2014 campaign's (its 2015 copy carries the same materials, not their sendings)
    const campaigns = (await office.get('/api/campaigns?pageSize=50')).json().items as {
      id: string;
      name: string;
    }[];
    const gong = campaigns.find((c) => c.name === '学习龚全珍，争做贴心人');
    of2014 = `/api/materials?pageSize=50&campaignId=${gong?.id}`;
    items = (await office.get(of2014)).json().items;
  });

  it('has the DVD, the diary, the reader, the two plays and the ringtone, each valid for the API', async () => {
    expect(items.map((m) => m.title).sort()).toEqual(
      [
        '龚全珍同志先进事迹报告会实录光盘',
        '《龚全珍日记选》',
        '学习龚全珍精编读本',
        '话剧《老阿姨》',
        '广播剧《本色》',
        '手机彩铃《老阿姨》',
      ].sort(),
    );
    for (const m of await t.db.select().from(materials)) {
      const parsed = ZMaterialCreateSchema.safeParse({ ...m, attachmentIds: [] });
      expect(parsed.success, m.title).toBe(true);
    }
  });

  it('sent the printed ones to every unit, most confirmed, two not (one reminded)', async () => {
    const printed = items.filter((m) => !m.online);
    expect(printed).toHaveLength(3);
    for (const m of printed) expect(m.sentUnits).toBeGreaterThan(10);
    const open = printed.reduce((n, m) => n + m.sentUnits - m.confirmedUnits, 0);
    expect(open).toBe(2);
    const pending: Sending[] = [];
    for (const m of printed)
      pending.push(
        ...(await office.get(`/api/materials/${m.id}/distributions?received=false`)).json().items,
      );
    expect(pending).toHaveLength(2);
    expect(pending.filter((s) => s.remindedAt !== null)).toHaveLength(1);
    const dry = (await office.post('/api/materials/reminders', { dryRun: true })).json();
    expect(dry).toMatchObject({ unconfirmed: 2, due: 2 });
  });

  it('has most cadres studied the online ones; the demo cadre has 《本色》 still to study', async () => {
    for (const m of items.filter((x) => x.online)) expect(m.viewers).toBeGreaterThan(20);
    const cadre = await login(t.app, 'cadre', DEMO_PASSWORD);
    const mine: Row[] = (await cadre.get(of2014)).json().items;
    expect(mine.find((m) => m.title === '广播剧《本色》')?.viewedAt).toBeNull();
    expect(mine.find((m) => m.title === '话剧《老阿姨》')?.viewedAt).not.toBeNull();
    // the unit admin of 推广中心 sees his unit's sendings, all confirmed
    const unit = await login(t.app, 'unit', DEMO_PASSWORD);
    const his: Row[] = (await unit.get(of2014)).json().items;
    const dvd = his.find((m) => m.title.includes('光盘'));
    expect(dvd).toMatchObject({ sentUnits: 1, confirmedUnits: 1 });
  });
});
