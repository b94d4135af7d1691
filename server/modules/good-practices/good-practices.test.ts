import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { documents } from '../../db/schema/index.ts';
import { auditRows } from '../../test/audit.ts';
import { type Call, expectError, expectEveryCall, expectValidation } from '../../test/expect.ts';
import { makeCadre, type TestOrg } from '../../test/factories.ts';
import { makeCampaign } from '../../test/factories-campaigns.ts';
import { makeCase } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { readXlsx } from '../../test/xlsx.ts';
import { practicesOf } from './good-practices.service.ts';

const NO_ID = '00000000-0000-7000-8000-000000000000';

async function makeDocument(
  db: Db,
  org: TestOrg,
  campaignId: string,
  kind: 'research' | 'reflection' | 'letter',
  title: string,
) {
  const cadre = await makeCadre(db, org);
  const [row] = await db
    .insert(documents)
    .values({ kind, cadreId: cadre.id, orgId: org.id, campaignId, title, state: 'approved' })
    .returning({ id: documents.id });
  if (!row) throw new Error('seed failed');
  return row.id;
}

describe('/api/good-practices (经验做法)', () => {
  const { t, w } = useWorld();
  let campaignId: string;
  let otherCampaignId: string;
  let researchId: string;
  let reflectionId: string;
  let letterId: string;
  let caseId: string;

  beforeAll(async () => {
    campaignId = (await makeCampaign(t.db, { name: '学习龚全珍' })).id;
    otherCampaignId = (await makeCampaign(t.db, { name: '入户结亲' })).id;
    researchId = await makeDocument(t.db, w.unitA, campaignId, 'research', '山区留守老人调研');
    reflectionId = await makeDocument(t.db, w.unitB, campaignId, 'reflection', '学龚老心得');
    letterId = await makeDocument(t.db, w.unitA, campaignId, 'letter', '致村民的一封信');
    caseId = (await makeCase(t.db, { content: '村口路灯坏了，夜里出行不便，请尽快修理' })).id;
  });

  it('answers 401 without login', async () => {
    const calls: Call[] = [
      ['GET', '/api/good-practices'],
      ['GET', '/api/good-practices/export'],
      ['POST', '/api/good-practices'],
      ['DELETE', `/api/good-practices/${NO_ID}`],
    ];
    await expectEveryCall(t.app, calls, 401);
  });

  it('lets only the office and the admin mark, and the bureau-wide roles read (403)', async () => {
    const body = { kind: 'document', subjectId: researchId, note: '好' };
    for (const who of ['unit_admin', 'cadre', 'inspector'] as const) {
      await expectEveryCall(
        w.as[who],
        [
          ['POST', '/api/good-practices', body],
          ['DELETE', `/api/good-practices/${NO_ID}`],
        ],
        403,
      );
    }
    for (const who of ['unit_admin', 'cadre'] as const) {
      await expectEveryCall(
        w.as[who],
        [
          ['GET', '/api/good-practices'],
          ['GET', '/api/good-practices/export'],
        ],
        403,
      );
    }
    expect((await w.as.inspector.get('/api/good-practices')).statusCode).toBe(200);
  });

  it('refuses bad input (400)', async () => {
    expectValidation(
      await w.as.office.post('/api/good-practices', {
        kind: 'visit',
        subjectId: caseId,
        note: 'x',
      }),
      'body.kind',
    );
    expectValidation(
      await w.as.office.post('/api/good-practices', { kind: 'case', subjectId: caseId, note: '' }),
      'body.note',
    );
    expectValidation(
      await w.as.office.post('/api/good-practices', {
        kind: 'case',
        subjectId: caseId,
        note: '长'.repeat(501),
      }),
      'body.note',
    );
    // a case belongs to no campaign: the office says which
    expectValidation(
      await w.as.office.post('/api/good-practices', {
        kind: 'case',
        subjectId: caseId,
        note: '好',
      }),
      'campaignId',
    );
    expectValidation(
      await w.as.office.get('/api/good-practices?pageSize=201'),
      'querystring.pageSize',
    );
    expectValidation(
      await w.as.office.get('/api/good-practices?campaignId=x'),
      'querystring.campaignId',
    );
  });

  it('answers 404 for a subject that does not exist or may not be marked, and an unknown id', async () => {
    for (const [kind, subjectId] of [
      ['case', NO_ID],
      ['document', NO_ID],
      ['document', letterId],
      ['document', caseId],
      ['case', researchId],
    ] as const) {
      expectError(
        await w.as.office.post('/api/good-practices', { kind, subjectId, campaignId, note: '好' }),
        404,
        'NOT_FOUND',
      );
    }
    expectError(
      await w.as.office.post('/api/good-practices', {
        kind: 'case',
        subjectId: caseId,
        campaignId: NO_ID,
        note: '好',
      }),
      404,
      'NOT_FOUND',
    );
    expectError(await w.as.office.delete(`/api/good-practices/${NO_ID}`), 404, 'NOT_FOUND');
  });

  it('marks a report, a reflection and a case, audited; the same mark twice is 409', async () => {
    const research = await w.as.office.post('/api/good-practices', {
      kind: 'document',
      subjectId: researchId,
      note: '调研扎实，建议推广',
    });
    expect(research.statusCode, research.body).toBe(201);
    expect(research.json()).toMatchObject({
      campaignId,
      campaignName: '学习龚全珍',
      kind: 'document',
      documentKind: 'research',
      title: '山区留守老人调研',
      note: '调研扎实，建议推广',
      sourceCampaignId: null,
    });
    const reflection = await w.as.admin.post('/api/good-practices', {
      kind: 'document',
      subjectId: reflectionId,
      note: '写出了真情实感',
    });
    expect(reflection.statusCode, reflection.body).toBe(201);
    const kase = await w.as.office.post('/api/good-practices', {
      kind: 'case',
      subjectId: caseId,
      campaignId,
      note: '当天受理、三天修好',
    });
    expect(kase.statusCode, kase.body).toBe(201);
    expect(kase.json().title).toMatch(/^[A-Z0-9]{10} 村口路灯坏了/);

    const again = await w.as.office.post('/api/good-practices', {
      kind: 'document',
      subjectId: researchId,
      note: '再标一次',
    });
    expectError(again, 409, 'GOOD_PRACTICE_MARKED');
    expect(again.json().error.message).toContain('山区留守老人调研');
    // the same subject for another campaign is another mark
    const other = await w.as.office.post('/api/good-practices', {
      kind: 'document',
      subjectId: researchId,
      campaignId: otherCampaignId,
      note: '入户结亲中也适用',
    });
    expect(other.statusCode, other.body).toBe(201);

    const audit = await auditRows(t.db, { entity: 'good_practice', entityId: research.json().id });
    expect(audit.map((a) => a.summary)).toEqual([
      '将调研报告「山区留守老人调研」标为活动「学习龚全珍」的经验做法',
    ]);
  });

  it('lists with filters and paging, exports, and gives the summary its practices', async () => {
    const all = (await w.as.inspector.get('/api/good-practices')).json();
    expect(all.total).toBe(4);
    const ofCampaign = (
      await w.as.office.get(`/api/good-practices?campaignId=${campaignId}`)
    ).json();
    expect(ofCampaign.total).toBe(3);
    const cases = (await w.as.office.get('/api/good-practices?kind=case')).json();
    expect(cases.items.map((p: { subjectId: string }) => p.subjectId)).toEqual([caseId]);
    const q = (await w.as.office.get(`/api/good-practices?q=${encodeURIComponent('真情')}`)).json();
    expect(q.items.map((p: { title: string }) => p.title)).toEqual(['学龚老心得']);
    const page = (await w.as.office.get('/api/good-practices?pageSize=1&page=2')).json();
    expect(page).toMatchObject({ total: 4, items: [expect.any(Object)] });

    const file = await w.as.office.get(`/api/good-practices/export?campaignId=${campaignId}`);
    expect(file.statusCode).toBe(200);
    const rows = await readXlsx(file);
    expect(rows[0]).toEqual(['活动', '类别', '标题', '说明', '来源活动', '标记人', '标记时间']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['诉求件', '心得体会', '调研报告']);

    expect(await practicesOf(t.db, campaignId)).toEqual([
      {
        kind: 'document',
        label: '调研报告',
        title: '山区留守老人调研',
        note: '调研扎实，建议推广',
      },
      { kind: 'document', label: '心得体会', title: '学龚老心得', note: '写出了真情实感' },
      expect.objectContaining({ kind: 'case', label: '诉求件', note: '当天受理、三天修好' }),
    ]);
  });

  it('unmarks, audited', async () => {
    const [mark] = (
      await w.as.office.get(`/api/good-practices?campaignId=${otherCampaignId}`)
    ).json().items;
    const res = await w.as.office.delete(`/api/good-practices/${mark.id}`);
    expect(res.statusCode).toBe(204);
    expect(
      (await w.as.office.get(`/api/good-practices?campaignId=${otherCampaignId}`)).json().total,
    ).toBe(0);
    expectError(await w.as.office.delete(`/api/good-practices/${mark.id}`), 404, 'NOT_FOUND');
    const audit = await auditRows(t.db, { entity: 'good_practice', entityId: mark.id });
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });
});
