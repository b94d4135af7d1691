import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx.ts';
import { makeTestApp, makeWorld, type TestApp, type World } from '../../test/app.ts';
import { claim, registerAttachmentOwner } from './attachments.service.ts';

function multipart(data: Buffer, filename: string, type: string) {
  const boundary = '----tiexinattach';
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

describe('/api/attachments', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await makeTestApp();
    w = await makeWorld(t);
  });
  afterAll(() => t.close());

  const upload = (role: keyof World['as'], data = png, name = '走访.png', type = 'image/png') =>
    w.as[role].request({ method: 'POST', url: '/api/attachments', ...multipart(data, name, type) });

  it('answers 401 without login and 403 to the read-only inspector', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/attachments',
      ...multipart(png, 'a.png', 'image/png'),
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
      size: png.length,
      url: `/api/attachments/${a.id}`,
    });
    const back = await w.as.cadre.get(a.url);
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe('image/png');
    expect(back.rawPayload.equals(png)).toBe(true);
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
