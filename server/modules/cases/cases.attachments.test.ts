import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { attachments, cases } from '../../db/schema/index.ts';
import { SEEDED_CATEGORY, submitPublic } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';

function multipart(data: Buffer, filename: string, type: string) {
  const boundary = '----tiexincase';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');

let addr = 0;
const nextAddress = () => `10.5.${Math.floor(++addr / 250)}.${addr % 250}`;

describe('attachments of cases', () => {
  const { t, w } = useWorld();

  const publicUpload = async (data = png, name = '现场.png', type = 'image/png') => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/attachments',
      remoteAddress: nextAddress(),
      ...multipart(data, name, type),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const staffUpload = async (role: 'office' | 'unit_admin', name = '来信扫描.pdf') => {
    const res = await w.as[role].request({
      method: 'POST',
      url: '/api/attachments',
      ...multipart(pdf, name, 'application/pdf'),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const submit = (attachmentIds: string[]) =>
    submitPublic(t, nextAddress(), {
      content: '机耕道被雨水冲毁，农机下不了田',
      attachments: attachmentIds,
    });
  const caseCount = async () => (await t.db.select({ n: count() }).from(cases))[0]?.n ?? 0;
  const caseIdOf = async (trackingCode: string) =>
    (await t.db.select().from(cases).where(eq(cases.trackingCode, trackingCode)))[0]?.id as string;

  it("claims a citizen's uploads with the submission; staff who read the case see and open them", async () => {
    const ids = [await publicUpload(), await publicUpload(pdf, '材料.pdf', 'application/pdf')];
    const res = await submit(ids);
    expect(res.statusCode, res.body).toBe(201);
    const { trackingCode } = res.json();
    const caseId = await caseIdOf(trackingCode);
    const rows = await t.db.select().from(attachments).where(eq(attachments.ownerId, caseId));
    expect(rows.map((r) => r.ownerType)).toEqual(['case', 'case']);

    const detail = await w.as.office.get(`/api/cases/${caseId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().attachments).toEqual(
      expect.arrayContaining([
        {
          id: ids[0],
          fileName: '现场.png',
          mimeType: 'image/png',
          size: png.length,
          url: `/api/attachments/${ids[0]}`,
        },
        {
          id: ids[1],
          fileName: '材料.pdf',
          mimeType: 'application/pdf',
          size: pdf.length,
          url: `/api/attachments/${ids[1]}`,
        },
      ]),
    );
    const file = await w.as.office.get(`/api/attachments/${ids[0]}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(png)).toBe(true);
    // an unassigned case is out of a unit's sight, and so are its files
    expect((await w.as.unit_admin.get(`/api/attachments/${ids[0]}`)).statusCode).toBe(404);
    // the citizen's public view shows no files
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/public/cases/${trackingCode}`,
      remoteAddress: nextAddress(),
    });
    expect(view.statusCode).toBe(200);
    expect(view.body).not.toContain(ids[0]);
    expect(view.body).not.toContain('attachments');
  });

  it('refuses a claimed, a staff, an old or an unknown upload, and keeps no case then', async () => {
    const used = await publicUpload();
    expect((await submit([used])).statusCode).toBe(201);
    const old = await publicUpload();
    await t.db
      .update(attachments)
      .set({ createdAt: new Date(Date.now() - 25 * 3_600_000) })
      .where(eq(attachments.id, old));
    const staffs = await staffUpload('office');
    const before = await caseCount();
    for (const bad of [
      [used],
      [staffs],
      [old],
      ['01900000-0000-7000-8000-0000000000ff'],
      [await publicUpload(), used],
    ]) {
      const res = await submit(bad);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('ATTACHMENT_INVALID');
    }
    expect(await caseCount()).toBe(before);
    const many = await Promise.all(Array.from({ length: 6 }, () => publicUpload()));
    const six = await submit(many);
    expect(six.statusCode).toBe(400);
    expect(six.json().error.message).toContain('最多 5 个');
    expect((await submit(many.slice(0, 5))).statusCode).toBe(201);
  });

  it("lets staff enter a letter with its scans; someone else's or a citizen's upload is refused", async () => {
    const mine = await staffUpload('office', '群众来信第1页.pdf');
    const entry = {
      channel: 'letter',
      categoryId: SEEDED_CATEGORY.formalism,
      content: '来信反映某站检查走过场，只看材料不看现场',
      citizenName: '李来信',
    };
    const res = await w.as.office.post('/api/cases', { ...entry, attachments: [mine] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().attachments).toEqual([
      expect.objectContaining({
        id: mine,
        fileName: '群众来信第1页.pdf',
        mimeType: 'application/pdf',
      }),
    ]);
    const before = await caseCount();
    const others = await staffUpload('unit_admin');
    const theirs = await w.as.office.post('/api/cases', { ...entry, attachments: [others] });
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().error.code).toBe('ATTACHMENT_INVALID');
    const citizens = await w.as.office.post('/api/cases', {
      ...entry,
      attachments: [await publicUpload()],
    });
    expect(citizens.statusCode).toBe(400);
    expect(
      (await w.as.office.post('/api/cases', { ...entry, attachments: [mine] })).statusCode,
    ).toBe(400);
    expect(
      (await w.as.office.post('/api/cases', { ...entry, attachments: ['not-a-uuid'] })).statusCode,
    ).toBe(400);
    expect(await caseCount()).toBe(before);
  });
});
