import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx.ts';
import type { World } from '../../test/app.ts';
import { addresses } from '../../test/expect.ts';
import { useWorld } from '../../test/hooks.ts';
import { multipartFile, PNG } from '../../test/upload.ts';
import { xlsxOf } from '../../test/xlsx.ts';
import { claim, PUBLIC_MAX_BYTES, registerAttachmentOwner } from './attachments.service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
/** The start of a Word 2007+ file: a ZIP whose entries are its content types and word/ parts */
const docx = Buffer.concat([
  Buffer.from('504b0304140000000800', 'hex'),
  Buffer.from('[Content_Types].xml…word/document.xml…'),
]);
const doc = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
const page = Buffer.from('<html><script>alert(document.cookie)</script></html>');

describe('/api/attachments', () => {
  const { t, w } = useWorld();

  const upload = (
    role: keyof World['as'],
    data: Buffer = PNG,
    name = '走访.png',
    type = 'image/png',
  ) =>
    w.as[role].request({
      method: 'POST',
      url: '/api/attachments',
      ...multipartFile(data, name, type),
    });

  it('answers 401 without login and 403 to the read-only inspector', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/attachments',
      ...multipartFile(PNG, 'a.png', 'image/png'),
    });
    expect(res.statusCode).toBe(401);
    expect((await upload('inspector')).statusCode).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/attachments/00000000-0000-7000-8000-000000000000',
        })
      ).statusCode,
    ).toBe(401);
  });

  it('stores a photo and gives it back to its uploader only while no record owns it', async () => {
    const res = await upload('cadre');
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({
      fileName: '走访.png',
      mimeType: 'image/png',
      size: PNG.length,
      url: `/api/attachments/${a.id}`,
    });
    const back = await w.as.cadre.get(a.url);
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe('image/png');
    expect(back.rawPayload.equals(PNG)).toBe(true);
    expect((await w.as.unit_admin.get(a.url)).statusCode).toBe(404);
    expect((await w.as.admin.get(a.url)).statusCode).toBe(404);
  });

  it('refuses other file types and empty files with Chinese messages', async () => {
    const exe = await upload(
      'cadre',
      Buffer.from('MZ...'),
      'virus.exe',
      'application/x-msdownload',
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.message).toContain('不支持的文件类型');
    const empty = await upload('cadre', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(
      (await w.as.cadre.request({ method: 'POST', url: '/api/attachments', payload: {} }))
        .statusCode,
    ).toBe(400);
  });

  it('checks a staff upload against its content, refusing in words what is not its type', async () => {
    const xlsx = await xlsxOf(['姓名'], [['张三']]);
    const good: [Buffer, string, string][] = [
      [PNG, '走访.png', 'image/png'],
      [pdf, '来信.pdf', 'application/pdf'],
      [docx, '材料.docx', DOCX],
      [xlsx, '台账.xlsx', XLSX],
      [doc, '旧材料.doc', 'application/msword'],
    ];
    for (const [data, name, type] of good) {
      expect((await upload('cadre', data, name, type)).statusCode, name).toBe(201);
    }
    const bad: [Buffer, string, string][] = [
      [page, '照片.png', 'image/png'],
      [page, '照片.jpg', 'image/jpeg'],
      [page, '来信.pdf', 'application/pdf'],
      [page, '材料.docx', DOCX],
      [xlsx, '材料.docx', DOCX], // a workbook posing as a Word file
      [docx, '台账.xlsx', XLSX],
      [pdf, '旧材料.doc', 'application/msword'],
    ];
    for (const [data, name, type] of bad) {
      const res = await upload('cadre', data, name, type);
      expect(res.statusCode, `${name} ${type}`).toBe(415);
      expect(res.json().error.message).toContain('文件内容与文件类型不符');
    }
  });

  it('shows photos inline, downloads PDFs and Office files, and lets no browser cache them', async () => {
    const cases: [Buffer, string, string, 'inline' | 'attachment'][] = [
      [PNG, '走访.png', 'image/png', 'inline'],
      [pdf, '来信.pdf', 'application/pdf', 'attachment'],
      [docx, '材料.docx', DOCX, 'attachment'],
      [doc, '旧材料.doc', 'application/msword', 'attachment'],
    ];
    for (const [data, name, type, disposition] of cases) {
      const a = (await upload('cadre', data, name, type)).json();
      const res = await w.as.cadre.get(a.url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['content-disposition']).toBe(
        `${disposition}; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      expect(res.headers['cache-control'], name).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('lets a record claim its uploader’s files once, then readers of the record see them', async () => {
    const ownerId = '00000000-0000-7000-8000-00000000000a';
    registerAttachmentOwner(
      'test_owner',
      async (ctx, id) => id === ownerId && ctx.actor.role !== 'cadre',
    );
    const a = (await upload('unit_admin')).json();
    const ctx = {
      db: t.db,
      actor: { userId: (await w.as.unit_admin.get('/api/auth/me')).json().user.id },
    } as never;
    await inTransaction(t.db, (tx) => claim(tx, ctx, [a.id], { ownerType: 'test_owner', ownerId }));
    expect((await w.as.admin.get(a.url)).statusCode).toBe(200);
    expect((await w.as.cadre.get(a.url)).statusCode).toBe(404);
    await expect(
      inTransaction(t.db, (tx) => claim(tx, ctx, [a.id], { ownerType: 'test_owner', ownerId })),
    ).rejects.toMatchObject({ code: 'ATTACHMENT_INVALID' });
  });
});

describe('/api/public/attachments', () => {
  const { t, w } = useWorld();
  const nextAddress = addresses(4);

  const upload = (data: Buffer, name: string, type: string, remoteAddress = nextAddress()) =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/attachments',
      remoteAddress,
      ...multipartFile(data, name, type),
    });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
  const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic0000mif1heic')]);
  const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);

  it('takes a photo or a PDF without an account and gives no way to download it', async () => {
    const res = await upload(PNG, '坑洼.png', 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(a).toEqual({ id: a.id, fileName: '坑洼.png', mimeType: 'image/png', size: PNG.length });
    // nobody owns it yet, and no account uploaded it: not even the admin reads it
    expect((await w.as.admin.get(`/api/attachments/${a.id}`)).statusCode).toBe(404);
    for (const [data, name, type] of [
      [pdf, '来信.pdf', 'application/pdf'],
      [jpeg, 'a.jpg', 'image/jpeg'],
      [heic, 'a.heic', 'image/heic'],
      [webp, 'a.webp', 'image/webp'],
    ] as const) {
      expect((await upload(data, name, type)).statusCode, name).toBe(201);
    }
  });

  it('refuses other types, and bytes that are not what the type claims', async () => {
    const html = await upload(Buffer.from('<script>alert(1)</script>'), 'a.html', 'text/html');
    expect(html.statusCode).toBe(415);
    expect(html.json().error.message).toContain('照片');
    const docx = await upload(
      Buffer.from('PK\u0003\u0004'),
      'a.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.statusCode).toBe(415);
    const fake = await upload(Buffer.from('<svg onload="alert(1)"/>'), 'a.png', 'image/png');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toContain('不符');
    expect((await upload(Buffer.alloc(0), 'a.png', 'image/png')).statusCode).toBe(400);
    const notMultipart = await t.app.inject({
      method: 'POST',
      url: '/api/public/attachments',
      payload: { file: 'x' },
      remoteAddress: '10.4.1.1',
    });
    expect(notMultipart.statusCode).toBe(400);
  });

  it('refuses a file over 5 MB with 413', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(PUBLIC_MAX_BYTES + 1 - PNG.length)]);
    const res = await upload(big, 'big.png', 'image/png');
    expect(res.statusCode).toBe(413);
    const justRight = Buffer.concat([PNG, Buffer.alloc(PUBLIC_MAX_BYTES - PNG.length)]);
    expect((await upload(justRight, 'ok.png', 'image/png')).statusCode).toBe(201);
  });

  it('is rate-limited per address like the other public writes', async () => {
    for (let i = 0; i < t.config.publicWritesPerMinute; i++) {
      expect((await upload(PNG, 'a.png', 'image/png', '10.4.2.1')).statusCode).toBe(201);
    }
    expect((await upload(PNG, 'a.png', 'image/png', '10.4.2.1')).statusCode).toBe(429);
  });
});
