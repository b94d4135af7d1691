import { describe, expect, it } from 'vitest';
import { makeCadre } from '../../test/factories.ts';
import { SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';

let addr = 0;
const nextAddress = () => `10.7.${Math.floor(++addr / 250)}.${addr % 250}`;

/** GET /api/public/cadres/{id}: the addressee shown on the public form as 写给：… */
describe('public cadre (写给)', () => {
  const { t, w } = useWorld();

  const get = (id: string, remoteAddress = nextAddress(), cookies?: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: `/api/public/cadres/${id}`, remoteAddress, cookies });

  it('answers without an account with the name, post and unit only — no phone, rank or e-mail', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { name: '李贴心', phone: '13912345678' });
    const res = await get(cadre.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: cadre.id, name: '李贴心', post: '科员', orgName: '甲单位' });
    expect(res.body).not.toContain('13912345678');
  });

  it('treats a cadre who left (inactive) like one who never existed', async () => {
    const gone = await makeCadre(t.db, w.unitB, { name: '已调离', active: false });
    const res = await get(gone.id);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    const unknown = await get('0190a7d2-0000-7000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });

  it('answers 400 with a zh-CN message for an id that is not a UUID', async () => {
    const res = await get('not-an-id');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('is rate-limited per address like the other public reads', async () => {
    const cadre = await makeCadre(t.db, w.unitA);
    const ip = nextAddress();
    let last = 0;
    for (let i = 0; i <= t.config.publicReadsPerMinute; i++)
      last = (await get(cadre.id, ip)).statusCode;
    expect(last).toBe(429);
    expect((await get(cadre.id)).statusCode).toBe(200);
  });

  it('gives a staff session nothing more than the public answer', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { phone: '13800009999' });
    const res = await w.as.admin.get(`/api/public/cadres/${cadre.id}`);
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['id', 'name', 'orgName', 'post']);
  });

  it('names the same cadre a public submission can be addressed to', async () => {
    const cadre = await makeCadre(t.db, w.unitA, { name: '收信干部' });
    const shown = await get(cadre.id);
    expect(shown.statusCode).toBe(200);
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/public/cases',
      remoteAddress: nextAddress(),
      payload: {
        categoryId: SEEDED_CATEGORY.roads,
        content: '写给收信干部：村里路灯坏了',
        cadreId: shown.json().id,
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
  });
});
