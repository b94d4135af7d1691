import { describe, expect, it } from 'vitest';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';

/** The list's search: LIKE for terms without case (Chinese), ILIKE for the others. */
describe('case list search', () => {
  const { t, w } = useWorld();

  const ids = async (q: string) =>
    (await w.as.office.get(`/api/cases?pageSize=100&q=${encodeURIComponent(q)}`))
      .json()
      .items.map((i: { id: string }) => i.id)
      .sort();

  it('finds a Chinese term in the content, the answer or the name, and counts them all', async () => {
    const a = await makeCase(t.db, { content: '农田灌溉水渠堵塞' });
    const b = await makeCase(t.db, {
      status: 'answered',
      content: '水渠问题',
      answer: '已疏通灌溉渠',
    });
    const c = await makeCase(t.db, { content: '路灯不亮', citizenName: '灌溉站老李' });
    await makeCase(t.db, { content: '道路积水' });
    expect(await ids('灌溉')).toEqual([a.id, b.id, c.id].sort());
    const res = await w.as.office.get(`/api/cases?pageSize=2&q=${encodeURIComponent('灌溉')}`);
    expect(res.json().total).toBe(3);
    expect(res.json().items).toHaveLength(2);
  });

  it('matches letters in any case (a tracking code typed in lower case)', async () => {
    const row = await makeCase(t.db, { content: '噪音扰民' });
    expect(await ids(row.trackingCode.toLowerCase())).toEqual([row.id]);
    expect(
      await ids(`${row.trackingCode.slice(0, 4).toLowerCase()}${row.trackingCode.slice(4)}`),
    ).toEqual([row.id]);
  });

  it('takes % and _ literally', async () => {
    const pct = await makeCase(t.db, { content: '水费上涨100%不合理' });
    await makeCase(t.db, { content: '水费上涨1000元' });
    expect(await ids('100%')).toEqual([pct.id]);
    expect(await ids('上涨_')).toEqual([]);
  });
});
