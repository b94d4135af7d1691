import { connect } from 'node:net';
import { and, eq, like } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, cadres, caseEvents, cases, outbox } from '../../db/schema/index.ts';
import { LocalFileStore } from '../../platform/files.ts';
import type { SmtpListener } from '../../platform/mail/smtp-listener.ts';
import { makeCadre } from '../../test/factories.ts';
import { SEEDED_CATEGORY } from '../../test/factories-cases.ts';
import { useWorld } from '../../test/hooks.ts';
import { PNG } from '../../test/upload.ts';
import { outboxSenders, startMailIntake } from './channels.jobs.ts';
import { receiveMail } from './mail-intake.ts';
import { deliverPending } from './outbox.service.ts';

const silent = { info() {}, warn() {} };

/** A citizen's mail with a photo to the public 四风 mailbox (sent twice: first and redelivered). */
const PUBLIC_MAIL = {
  from: '"李群众" <li.qunzhong@example.com>',
  to: 'sifeng@tiexin.local',
  subject: '反映某单位公车私用',
  text: '某单位周末用公车接送家属，附照片为证。',
  messageId: '<m1@example.com>',
  attachments: [{ filename: '公车.png', content: PNG, contentType: 'image/png' }],
};

/** A relay that only records what it is given: the "internet" the outbox sends to. */
async function startSink() {
  const received: { to: string[]; raw: Buffer }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/**
 * A raw SMTP conversation: each command is sent once the previous reply is complete; gives the
 * replies (greeting first) and whether the server closed the connection.
 */
async function smtpTalk(port: number, commands: string[]) {
  const socket = connect(port, '127.0.0.1');
  const replies: string[] = [];
  let buffer = '';
  let closed = false;
  let waiting: (() => void) | null = null;
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    // a reply is complete at a line "NNN text" (no dash after the code)
    for (;;) {
      const m = /^(?:\d{3}-[^\r\n]*\r\n)*\d{3}(?: [^\r\n]*)?\r\n/.exec(buffer);
      if (!m) break;
      replies.push(m[0].trim());
      buffer = buffer.slice(m[0].length);
      waiting?.();
    }
  });
  socket.on('close', () => {
    closed = true;
    waiting?.();
  });
  socket.on('error', () => {});
  const next = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (replies.length >= count || closed) {
          waiting = null;
          resolve();
        }
      };
      waiting = check;
      check();
    });
  await next(1);
  for (const [i, cmd] of commands.entries()) {
    if (closed) break;
    socket.write(`${cmd}\r\n`);
    await next(i + 2);
  }
  // the server may close right after its last reply
  if (!closed) {
    socket.write('NOOP\r\n');
    await next(commands.length + 2);
  }
  socket.destroy();
  return { replies, closed };
}

describe('电子信箱: a real SMTP exchange', () => {
  const { t, w } = useWorld({ MAIL_MAX_MB: '1' });
  let listener: SmtpListener;
  let client: ReturnType<typeof nodemailer.createTransport>;
  let cadreId: string;

  beforeAll(async () => {
    const cadre = await makeCadre(t.db, w.unitA, { name: '张书记' });
    cadreId = cadre.id;
    await t.db
      .update(cadres)
      .set({ email: 'Zhang.Shuji@Tiexin.local' })
      .where(eq(cadres.id, cadre.id));
    const retired = await makeCadre(t.db, w.unitA, { active: false });
    await t.db.update(cadres).set({ email: 'old@tiexin.local' }).where(eq(cadres.id, retired.id));
    listener = await startMailIntake({
      db: t.db,
      files: new LocalFileStore(t.config.filesDir),
      config: { ...t.config, smtp: { ...t.config.smtp, host: '127.0.0.1' } },
      log: silent,
      port: 0,
    });
    client = nodemailer.createTransport({
      host: '127.0.0.1',
      port: listener.port,
      secure: false,
      ignoreTLS: true,
    });
  });
  afterAll(async () => {
    client.close();
    await listener.close();
  });

  const caseOf = async (messageId: string) =>
    t.db.select().from(cases).where(eq(cases.externalRef, messageId));
  /** the files stored with a case */
  const caseFiles = async (caseId = '') =>
    t.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.ownerType, 'case'), eq(attachments.ownerId, caseId)));

  it('turns mail to the public 四风 mailbox into a case with its attachment and the sender', async () => {
    const info = await client.sendMail(PUBLIC_MAIL);
    expect(info.accepted).toEqual(['sifeng@tiexin.local']);
    const [c] = await caseOf('<m1@example.com>');
    expect(c).toMatchObject({
      channel: 'email',
      citizenEmail: 'li.qunzhong@example.com',
      citizenName: '李群众',
      addresseeCadreId: null,
      status: 'received',
      anonymous: false,
    });
    expect(c?.content).toContain('主题：反映某单位公车私用');
    expect(c?.content).toContain('附照片为证');
    // the citizen chose none: the 默认类别 (seeded on 其他), waiting 待受理 for staff to classify
    expect(c?.categoryId).toBe(SEEDED_CATEGORY.other);
    expect(c?.acceptDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const files = await caseFiles(c?.id);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      fileName: '公车.png',
      mimeType: 'image/png',
      size: PNG.length,
    });
    const download = await w.as.admin.get(`/api/attachments/${files[0]?.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    // another unit's staff does not see the case, so not its file either
    expect((await w.as.unit_admin.get(`/api/attachments/${files[0]?.id}`)).statusCode).toBe(404);

    // the case is on the staff list, its 回执 queued to the sender's address
    const listed = await w.as.office.get('/api/cases?channel=email');
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(c?.id);
    const queued = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.caseId, c?.id ?? ''));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      kind: 'email',
      recipient: 'li.qunzhong@example.com',
      status: 'pending',
    });
    expect(queued[0]?.subject).toContain(c?.trackingCode);
  });

  it('addresses mail to a cadre’s own mailbox to that cadre, whatever the letter case', async () => {
    await client.sendMail({
      from: 'wang@example.com',
      to: 'zhang.shuji@TIEXIN.LOCAL',
      subject: '村道坑洼',
      html: '<html><head><style>p{color:red}</style></head><body><p>村口道路<b>坑洼</b>&amp;积水</p><p>请尽快修复</p><script>alert(1)</script></body></html>',
      messageId: '<m2@example.com>',
    });
    const [c] = await caseOf('<m2@example.com>');
    expect(c?.addresseeCadreId).toBe(cadreId);
    expect(c?.citizenName).toBeNull();
    expect(c?.citizenEmail).toBe('wang@example.com');
    expect(c?.content).toMatch(/村口道路坑洼&积水\s+请尽快修复/);
    expect(c?.content).not.toMatch(/<|alert|color/);
    const res = await w.as.admin.get(`/api/cases?cadreId=${cadreId}`);
    expect(res.json().total).toBe(1);
  });

  it('makes no second case when the same Message-ID is delivered again, and still answers 250', async () => {
    const again = await client.sendMail(PUBLIC_MAIL);
    expect(again.response).toMatch(/^250/);
    expect(await caseOf('<m1@example.com>')).toHaveLength(1);
    const [c] = await caseOf('<m1@example.com>');
    const files = await caseFiles(c?.id);
    expect(files).toHaveLength(1);
  });

  it('refuses unknown and retired mailboxes with 550 and a message saying so', async () => {
    for (const to of ['nobody@tiexin.local', 'old@tiexin.local']) {
      const err = await client
        .sendMail({
          from: 'x@example.com',
          to,
          subject: 's',
          text: '内容内容',
          messageId: `<${to}>`,
        })
        .then(
          () => null,
          (e: {
            responseCode?: number;
            response?: string;
            rejectedErrors?: { responseCode?: number; response?: string }[];
          }) => e,
        );
      const rejected = err?.rejectedErrors?.[0] ?? err;
      expect(rejected?.responseCode).toBe(550);
      expect(rejected?.response).toContain('无此信箱');
    }
    expect(await caseOf('<nobody@tiexin.local>')).toHaveLength(0);
  });

  it('refuses a message over the size limit with 552', async () => {
    const big = Buffer.alloc(1_200_000, 7);
    const err = await client
      .sendMail({
        from: 'x@example.com',
        to: 'sifeng@tiexin.local',
        subject: '大附件',
        text: '见附件',
        messageId: '<big@example.com>',
        attachments: [{ filename: 'scan.pdf', content: big, contentType: 'application/pdf' }],
      })
      .then(
        () => null,
        (e: { responseCode?: number }) => e,
      );
    expect(err?.responseCode).toBe(552);
    expect(await caseOf('<big@example.com>')).toHaveLength(0);
  });

  it('keeps only photos and documents; other attachments are named in the content', async () => {
    await client.sendMail({
      from: 'z@example.com',
      to: 'sifeng@tiexin.local',
      subject: '材料',
      text: '请查收材料',
      messageId: '<m3@example.com>',
      attachments: [
        { filename: 'page.html', content: '<script>alert(1)</script>', contentType: 'text/html' },
        {
          filename: '证明.pdf',
          content: Buffer.from('%PDF-1.4 test'),
          contentType: 'application/pdf',
        },
      ],
    });
    const [c] = await caseOf('<m3@example.com>');
    const files = await caseFiles(c?.id);
    expect(files.map((f) => f.fileName)).toEqual(['证明.pdf']);
    expect(c?.content).toContain('另有附件未保存：page.html');
  });

  it('sends no 回执 to an autoresponder and drops bounces', async () => {
    await client.sendMail({
      from: 'robot@example.com',
      to: 'sifeng@tiexin.local',
      subject: '自动回复：不在办公室',
      text: '我正在休假，稍后回复。',
      messageId: '<auto@example.com>',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    const [c] = await caseOf('<auto@example.com>');
    expect(c).toBeDefined();
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(eq(outbox.caseId, c?.id ?? '')),
    ).toHaveLength(0);

    const bounce = await receiveMail(
      { db: t.db, files: new LocalFileStore(t.config.filesDir), config: t.config },
      {
        raw: Buffer.from(
          'From: MAILER-DAEMON@example.com\r\nSubject: Undelivered\r\n\r\nfailed\r\n',
        ),
        mailFrom: '',
        rcptTo: ['sifeng@tiexin.local'],
        remoteAddress: null,
      },
    );
    expect(bounce).toEqual({ ignored: 'bounce' });
  });

  it('trims a very long mail to the content limit with a note', async () => {
    await client.sendMail({
      from: 'long@example.com',
      to: 'sifeng@tiexin.local',
      subject: '长信',
      text: '很长的内容。'.repeat(2000),
      messageId: '<long@example.com>',
    });
    const [c] = await caseOf('<long@example.com>');
    expect(c?.content.length).toBeLessThanOrEqual(5000);
    expect(c?.content).toMatch(/原文过长/);
    // the cut is recorded for staff, not only marked in the text
    const notes = await t.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, c?.id ?? ''), eq(caseEvents.action, 'note')));
    expect(notes.map((n) => [n.note, n.public])).toEqual([
      [expect.stringMatching(/^原文过长，已截断：正文原有 12\d{3} 字，保存了前 \d+ 字$/), false],
    ]);
  });

  it('keeps a sender name longer than the limit cut visibly, with a staff note', async () => {
    const longName = '长'.repeat(60);
    await client.sendMail({
      from: { name: longName, address: 'longname@example.com' },
      to: 'sifeng@tiexin.local',
      subject: '名字很长',
      text: '反映一个问题，请处理。',
      messageId: '<longname@example.com>',
    });
    const [c] = await caseOf('<longname@example.com>');
    expect(c?.citizenName).toBe('长'.repeat(50));
    const notes = await t.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, c?.id ?? ''), eq(caseEvents.action, 'note')));
    expect(notes.map((n) => n.note)).toEqual([
      '原文过长，已截断：发件人姓名原有 60 字，保存了前 50 字',
    ]);
  });

  it('delivers the acknowledgement through the relay: the citizen gets the tracking code', async () => {
    const sink = await startSink();
    try {
      const senders = outboxSenders({
        mail: { ...t.config.mail, relayUrl: `smtp://127.0.0.1:${sink.port}` },
      });
      const report = await deliverPending(t.db, senders);
      senders.mail?.close();
      expect(report.failed + report.retrying).toBe(0);
      const [c] = await caseOf('<m1@example.com>');
      const [row] = await t.db
        .select()
        .from(outbox)
        .where(eq(outbox.caseId, c?.id ?? ''));
      expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
      expect(row?.sentAt).toBeInstanceOf(Date);

      const toLi = sink.received.find((m) => m.to.includes('li.qunzhong@example.com'));
      expect(toLi).toBeDefined();
      const mail = await simpleParser(toLi?.raw ?? Buffer.alloc(0));
      expect(mail.subject).toContain(c?.trackingCode);
      expect(mail.text).toContain(`查询码：${c?.trackingCode}`);
      expect(mail.text).toContain(`http://localhost:3000/public/track/${c?.trackingCode}`);
      expect(mail.from?.text).toContain('sifeng@tiexin.local');
      // nothing is sent twice
      const second = await deliverPending(t.db, senders);
      expect(second.sent).toBe(0);
    } finally {
      await sink.close();
    }
  });
  it('takes at most 50 recipients a message: the 51st RCPT TO gets 452', async () => {
    const rcpts = Array.from({ length: 51 }, () => 'RCPT TO:<sifeng@tiexin.local>');
    // the same address 51 times is one recipient: all accepted
    const same = await smtpTalk(listener.port, ['EHLO c', 'MAIL FROM:<a@example.com>', ...rcpts]);
    expect(same.replies.slice(3).every((r) => r.startsWith('250'))).toBe(true);

    // 51 different mailboxes of ours (active cadres)
    const many: string[] = [];
    for (let i = 0; i < 51; i++) {
      const c = await makeCadre(t.db, w.unitA);
      const email = `rcpt${i}@tiexin.local`;
      await t.db.update(cadres).set({ email }).where(eq(cadres.id, c.id));
      many.push(email);
    }
    const { replies, closed } = await smtpTalk(listener.port, [
      'EHLO c',
      'MAIL FROM:<a@example.com>',
      ...many.map((a) => `RCPT TO:<${a}>`),
    ]);
    const rcptReplies = replies.slice(3, 3 + 51);
    expect(rcptReplies.slice(0, 50).every((r) => r.startsWith('250'))).toBe(true);
    expect(rcptReplies[50]).toMatch(/^452 /);
    expect(rcptReplies[50]).toContain('最多 50 个收件人');
    expect(closed).toBe(false);
  });

  it('closes with 421 at the 3rd unknown recipient of a connection, even across RSET', async () => {
    const { replies, closed } = await smtpTalk(listener.port, [
      'EHLO c',
      'MAIL FROM:<a@example.com>',
      'RCPT TO:<guess1@tiexin.local>',
      'RCPT TO:<sifeng@tiexin.local>',
      'RSET',
      'MAIL FROM:<a@example.com>',
      'RCPT TO:<guess2@tiexin.local>',
      'RCPT TO:<guess3@tiexin.local>',
      'RCPT TO:<zhang.shuji@tiexin.local>',
    ]);
    const codes = replies.map((r) => r.slice(0, 3));
    // greeting, EHLO, MAIL, 550, 250, RSET, MAIL, 550, 421 — then nothing more
    expect(codes).toEqual(['220', '250', '250', '550', '250', '250', '250', '550', '421']);
    expect(replies[8]).toContain('连接关闭');
    expect(closed).toBe(true);
  });

  it('lets a sender that knows its recipients keep sending on one connection', async () => {
    const { replies } = await smtpTalk(listener.port, [
      'EHLO c',
      'MAIL FROM:<a@example.com>',
      'RCPT TO:<sifeng@tiexin.local>',
      'RCPT TO:<zhang.shuji@tiexin.local>',
      'RSET',
      'MAIL FROM:<a@example.com>',
      'RCPT TO:<sifeng@tiexin.local>',
      'RCPT TO:<typo@tiexin.local>',
    ]);
    expect(replies.map((r) => r.slice(0, 3))).toEqual([
      '220',
      '250',
      '250',
      '250',
      '250',
      '250',
      '250',
      '250',
      '550',
      '250',
    ]);
  });
  it('makes a case flagged as a possible duplicate of a DIFFERENT mail that reuses a Message-ID', async () => {
    const send = () =>
      client.sendMail({
        from: '"王某" <wang@example.com>',
        to: 'sifeng@tiexin.local',
        subject: '反映另一件事',
        text: '某村违规收取卫生费，每户每月五十元。',
        messageId: '<m1@example.com>',
      });
    const [first] = await caseOf('<m1@example.com>');
    const res = await send();
    expect(res.response).toMatch(/^250/);
    const reused = await t.db
      .select()
      .from(cases)
      .where(like(cases.externalRef, '<m1@example.com> sha256:%'));
    expect(reused).toHaveLength(1);
    const [second] = reused;
    expect(second).toMatchObject({ channel: 'email', citizenEmail: 'wang@example.com' });
    expect(second?.content).toContain('违规收取卫生费');
    expect(second?.trackingCode).not.toBe(first?.trackingCode);
    // the flag: a staff-only note naming the first case
    const notes = await t.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, second?.id ?? ''), eq(caseEvents.action, 'note')));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.public).toBe(false);
    expect(notes[0]?.note).toContain(`疑似重复：本件与查询码 ${first?.trackingCode}`);
    const detail = await w.as.office.get(`/api/cases/${second?.id}/events`);
    expect(JSON.stringify(detail.json())).toContain('疑似重复');
    // the citizen's look-up does not show it
    const pub = await t.app.inject({ url: `/api/public/cases/${second?.trackingCode}` });
    expect(pub.body).not.toContain('疑似重复');
    // that second mail redelivered: still deduplicated, no third case
    expect((await send()).response).toMatch(/^250/);
    expect(
      await t.db.select().from(cases).where(like(cases.externalRef, '<m1@example.com>%')),
    ).toHaveLength(2);
  });
});
