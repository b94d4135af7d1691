import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type Browser, chromium, type Page } from 'playwright-core';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loginOver,
  type ServerProcess,
  startServer,
  waitForExit,
} from '../support/server-process.ts';
import { root } from './support.ts';

/**
 * Stored text is text: script tags, event-handler attributes and javascript: URLs saved in cases,
 * cadres, households and documents (a published open letter and research report, issue 12) are
 * shown in the admin pages and the citizens' look-up and letter pages without running. Checked
 * three ways in Chromium: no dialog opens, window.__pwned stays unset, and no element with an
 * event-handler attribute or a javascript: link comes out of the stored text —
 * while the text itself is on the page (so the check looks at the right place). The pages' CSP
 * would block inline script too; any attempt shows as a securitypolicyviolation and fails as well.
 */
const PAYLOADS = [
  `<script>window.__pwned='script'</script>`,
  `<img src=x onerror="window.__pwned='img';alert(1)">`,
  `"><svg onload="window.__pwned='svg'">`,
  `<a href="javascript:window.__pwned='href'">点我</a>`,
  `javascript:alert(document.domain)`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>">`,
];
const mark = (i: number) => `XSS标记${i}`;
const withMark = (i: number) => `${mark(i)}${PAYLOADS[i % PAYLOADS.length]}`;

/** The documents (issue 12): payloads in the title and in every kind of block of the markup. */
const LETTER = {
  title: `${mark(11)}<img src=x onerror="window.__pwned='title';alert(11)">`,
  body: [
    `# ${withMark(12)}`,
    '',
    `${withMark(13)}`,
    `第二行 **${withMark(14)}**`,
    '',
    `- ${withMark(15)}`,
    `- **${withMark(16)}**`,
    '',
    `1. ${withMark(17)}`,
  ].join('\n'),
};
const RESEARCH = {
  title: `${mark(18)}<script>window.__pwned='research'</script>`,
  body: `## ${withMark(19)}\n\n${withMark(20)}`,
};

/** 心得体会 and 对照检查材料 (issue 13): the title, the text, and a report's section. */
const REFLECTION = {
  title: `${mark(51)}<svg onload="window.__pwned='reflection'">`,
  body: `${withMark(52)}\n\n- ${withMark(53)}`,
};
const SELF_EXAM = {
  title: `${mark(54)}<script>window.__pwned='self-exam'</script>`,
  body: `${withMark(55)}`,
  details: {
    problems: { faith: withMark(56) },
    causes: { ideals: withMark(57) },
    measures: withMark(58),
  },
};

/**
 * Writes a published open letter and a published research report by `cadreId` straight into the
 * stopped server's database (PGlite: one process at a time), in the newest campaign; their ids.
 */
async function insertDocuments(pgdata: string, cadreId: string) {
  const pg = new PGlite(pgdata);
  try {
    const { rows } = await pg.query<{ org_id: string; campaign_id: string }>(
      `select c.org_id, (select id from campaigns order by start_date desc limit 1) as campaign_id
         from cadres c where c.id = $1`,
      [cadreId],
    );
    const [who] = rows;
    if (!who?.campaign_id) throw new Error('no campaign in the demo data');
    const insert = async (
      kind: 'letter' | 'research' | 'reflection' | 'self_exam',
      doc: { title: string; body: string; details?: object },
    ) => {
      const id = uuidv7();
      await pg.query(
        `insert into documents (id, kind, cadre_id, org_id, campaign_id, title, body, details,
                                state, submitted_at, approved_at, published_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 'published', now(), now(), now())`,
        [
          id,
          kind,
          cadreId,
          who.org_id,
          who.campaign_id,
          doc.title,
          doc.body,
          JSON.stringify(doc.details ?? {}),
        ],
      );
      return id;
    };
    return {
      letterId: await insert('letter', LETTER),
      researchId: await insert('research', RESEARCH),
      reflectionId: await insert('reflection', REFLECTION),
      selfExamId: await insert('self_exam', SELF_EXAM),
    };
  } finally {
    await pg.close();
  }
}

describe('stored script in the pages', { timeout: 600_000 }, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-xss-'));
  let server: ServerProcess;
  let browser: Browser;
  let documents = { letterId: '', researchId: '', reflectionId: '', selfExamId: '' };
  const pages: { name: string; url: string; marks: string[]; search?: string }[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-web.ts')], {
      cwd: root,
      stdio: 'inherit',
    });
    const env = { DATA_DIR: dataDir, TIEXIN_DEMO: '1', TRUST_PROXY: 'loopback' };
    server = await startServer(env, 180_000);
    const admin = await loginOver(server.url, 'admin', 'tiexin2014');
    const orgs = (await (await admin.get('/api/orgs')).json()) as { items: { id: string }[] };
    const orgId = orgs.items[1]?.id;
    const cats = (await (await fetch(`${server.url}/api/public/categories`)).json()) as {
      items: { id: string }[];
    };
    const points = (await (await admin.get('/api/contact-points')).json()) as {
      items: { id: string }[];
    };
    // a citizen's case with script in the content and the name
    const pub = await fetch(`${server.url}/api/public/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.7.0.1' },
      body: JSON.stringify({
        categoryId: cats.items[0]?.id,
        content: `${withMark(0)} ${withMark(1)} ${withMark(3)} 村道破损请修复`,
        name: mark(2) + PAYLOADS[2]?.slice(0, 30),
      }),
    });
    expect(pub.status, await pub.clone().text()).toBe(201);
    const { trackingCode } = (await pub.json()) as { trackingCode: string };
    // a case entered by the office, with a javascript: URL and an iframe
    const staff = await admin.post('/api/cases', {
      channel: 'letter',
      categoryId: cats.items[0]?.id,
      content: `${withMark(4)} ${withMark(5)} 来信反映问题`,
      citizenName: `${mark(6)}<b onmouseover=alert(1)>`,
    });
    expect(staff.status, await staff.clone().text()).toBe(201);
    const staffCase = (await staff.json()) as { id: string };
    const cadre = await admin.post('/api/cadres', {
      orgId,
      name: `${mark(7)}<img src=x onerror=alert(7)>`,
      rank: 'other',
      post: `${mark(8)}<script>alert(8)</script>`,
    });
    expect(cadre.status, await cadre.clone().text()).toBe(201);
    const cadreId = ((await cadre.json()) as { id: string }).id;
    const hh = await admin.post('/api/households', {
      contactPointId: points.items[0]?.id,
      headName: `${mark(9)}<svg onload=alert(9)>`,
      address: `${mark(10)}javascript:alert(10)`,
    });
    expect(hh.status, await hh.clone().text()).toBe(201);
    // 学习资料 (issue 13 §1): script in a material's title and description
    const material = await admin.post('/api/materials', {
      kind: 'video',
      title: withMark(21),
      description: withMark(22),
      link: 'https://example.org/v',
    });
    expect(material.status, await material.clone().text()).toBe(201);
    const list = (await (await admin.get('/api/cases?pageSize=5')).json()) as {
      items: { id: string; trackingCode: string }[];
    };
    const pubId = list.items.find((c) => c.trackingCode === trackingCode)?.id;
    // 整改清单 and 民主生活会 (issue 13): script in an item's words and evidence, in a meeting's
    // topic, its record (markup) and an absence's reason
    const item = await admin.post('/api/rectifications', {
      cadreId,
      problem: `${withMark(130)} 下基层少`,
      measure: `${withMark(131)} 每月住村`,
      responsible: `${mark(132)}<b onmouseover=alert(132)>`,
      deadline: '2014-06-30',
    });
    expect(item.status, await item.clone().text()).toBe(201);
    const itemId = ((await item.json()) as { id: string }).id;
    const evidence = await admin.post(`/api/rectifications/${itemId}/events`, {
      action: 'submit',
      evidence: `${withMark(133)} 已整改`,
    });
    expect(evidence.status, await evidence.clone().text()).toBe(200);
    const meeting = await admin.post('/api/meetings', {
      orgId,
      kind: 'democratic',
      heldOn: '2014-07-01',
      topic: `${mark(134)}<img src=x onerror="window.__pwned='meeting'">`,
      criticism: `## ${withMark(135)}\n\n- ${withMark(136)}`,
      attendance: [{ cadreId, status: 'absent', reason: `${withMark(137)}`.slice(0, 200) }],
    });
    expect(meeting.status, await meeting.clone().text()).toBe(201);
    const meetingId = ((await meeting.json()) as { id: string }).id;
    // the documents, by the cadre whose name and post carry script too (the letter's author line):
    // written into the database with the server stopped, then the server started again
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
    documents = await insertDocuments(path.join(dataDir, 'pgdata'), cadreId);
    server = await startServer(env, 180_000);
    // 学习座谈 (issue 13 §2): script in the title, the place and the presenter; the roster holds
    // the cadre whose name and post carry script
    const again = await loginOver(server.url, 'admin', 'tiexin2014');
    const session = await again.post('/api/study-sessions', {
      orgId,
      kind: 'seminar',
      title: `${mark(31)}<img src=x onerror="window.__pwned='session'">`,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      place: withMark(32),
      presenter: `${mark(33)}<svg onload=alert(33)>`,
    });
    expect(session.status, await session.clone().text()).toBe(201);
    const sessionId = ((await session.json()) as { id: string }).id;
    // 学习讨论 and 一线服务 (issue 13): a bureau-wide thread, a reply and a service record by the
    // office, script in each text (the thread's body in every kind of markup block)
    const office = await loginOver(server.url, 'office', 'tiexin2014');
    const thread = await office.post('/api/discussion/threads', {
      title: `${mark(41)}<img src=x onerror="window.__pwned='discussion'">`,
      body: `# ${withMark(42)}\n\n- **${withMark(43)}**\n\n${withMark(44)}`,
      audience: 'bureau',
    });
    expect(thread.status, await thread.clone().text()).toBe(201);
    const threadId = ((await thread.json()) as { id: string }).id;
    const reply = await office.post(`/api/discussion/threads/${threadId}/replies`, {
      body: withMark(45),
    });
    expect(reply.status, await reply.clone().text()).toBe(201);
    const service = await office.post('/api/service-records', {
      cadreId,
      kind: 'volunteer',
      startsOn: new Date().toISOString().slice(0, 10),
      place: `${mark(46)}<svg onload=alert(46)>`,
      task: withMark(47),
      hours: 2,
    });
    expect(service.status, await service.clone().text()).toBe(201);
    pages.push(
      { name: 'cases list', url: '/cases', marks: [mark(0), mark(4)] },
      {
        name: 'case page (citizen)',
        url: `/cases/${pubId}`,
        marks: [mark(0), mark(1), mark(3)],
      },
      {
        name: 'case page (letter)',
        url: `/cases/${staffCase.id}`,
        marks: [mark(4), mark(5), mark(6)],
      },
      { name: 'cadres', url: '/cadres', marks: [mark(7)], search: mark(7) },
      { name: 'households', url: '/households', marks: [mark(9)], search: mark(9) },
      {
        name: 'public look-up',
        url: `/public/track/${trackingCode}`,
        marks: [mark(0), mark(1)],
      },
      // newest first: the letter just published heads the list, with its excerpt
      { name: 'public letters', url: '/public/letters', marks: [mark(11), mark(12), mark(7)] },
      {
        name: 'public letter',
        url: `/public/letters/${documents.letterId}`,
        marks: [11, 12, 13, 14, 15, 16, 17, 7, 8].map(mark),
      },
      // the staff's pages of the same documents: the lists and each one's drawer (its text)
      { name: 'letters list', url: '/letters', marks: [mark(11), mark(7)], search: mark(11) },
      {
        name: 'letter drawer',
        url: `/letters?id=${documents.letterId}`,
        marks: [11, 12, 13, 14, 15, 16, 17, 7, 8].map(mark),
      },
      { name: 'research list', url: '/research-topics', marks: [mark(18)], search: mark(18) },
      { name: 'materials list', url: '/materials', marks: [mark(21)], search: mark(21) },
      {
        name: 'research drawer',
        url: `/research-topics?id=${documents.researchId}`,
        marks: [18, 19, 20].map(mark),
      },
      // 学习座谈: the list and the session's drawer with its roster
      { name: 'study sessions', url: '/study-sessions', marks: [mark(31)], search: mark(31) },
      {
        name: 'study session drawer',
        url: `/study-sessions?view=${sessionId}`,
        marks: [mark(31), mark(32), mark(33), mark(7)],
      },
      { name: 'discussion list', url: '/discussion', marks: [mark(41)], search: mark(41) },
      {
        name: 'discussion drawer',
        url: `/discussion?view=${threadId}`,
        marks: [41, 42, 43, 44, 45].map(mark),
      },
      {
        name: 'service records',
        url: '/service-records',
        marks: [mark(46), mark(7)],
        search: mark(46),
      },
      // 心得体会 and 对照检查材料 (issue 13): the lists, the drawers (text, sections), the public page
      { name: 'reflections list', url: '/reflections', marks: [mark(51)], search: mark(51) },
      {
        name: 'reflection drawer',
        url: `/reflections?id=${documents.reflectionId}`,
        marks: [51, 52, 53].map(mark),
      },
      { name: 'self-exams list', url: '/self-exams', marks: [mark(54)], search: mark(54) },
      {
        name: 'self-exam drawer',
        url: `/self-exams?id=${documents.selfExamId}`,
        marks: [54, 55, 56, 57, 58].map(mark),
      },
      {
        name: 'public reflection',
        url: `/public/reflections/${documents.reflectionId}`,
        marks: [51, 52, 53].map(mark),
      },
      // 整改清单 and 民主生活会 (issue 13): the lists and the drawers
      {
        name: 'rectifications list',
        url: '/rectifications',
        marks: [mark(130)],
        search: mark(130),
      },
      {
        name: 'rectification drawer',
        url: `/rectifications?view=${itemId}`,
        marks: [130, 131, 132, 133].map(mark),
      },
      { name: 'meetings list', url: '/meetings', marks: [mark(134)], search: mark(134) },
      {
        name: 'meeting drawer',
        url: `/meetings?view=${meetingId}`,
        marks: [134, 135, 136, 137].map(mark),
      },
    );
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    if (server) await waitForExit(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function visit(page: Page, url: string, marks: string[], search?: string) {
    await page.goto(url);
    if (search) {
      // long lists: the record is found through the page's own search box
      const box = page.locator('.ant-input-search input').first();
      await box.fill(search);
      await box.press('Enter');
    }
    for (const m of marks) await page.getByText(m, { exact: false }).first().waitFor();
    // give any handler (onerror of a broken image, onload) its chance to run
    await page.waitForTimeout(500);
    return page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
      handlers: [...document.querySelectorAll('*')]
        .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
        .map((el) => el.outerHTML.slice(0, 80)),
      jsLinks: [...document.querySelectorAll('[href],[src],[srcdoc]')]
        .filter(
          (el) =>
            ['href', 'src'].some((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? '')) ||
            el.hasAttribute('srcdoc'),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    }));
  }

  it('answers the documents on the public API as the strings stored, the research report not at all', async () => {
    type Letter = { id: string; title: string; body: string; author: string };
    const list = (await (
      await fetch(`${server.url}/api/public/letters?q=${encodeURIComponent(mark(11))}`)
    ).json()) as { items: Letter[]; total: number };
    expect(list.total).toBe(1);
    const one = await fetch(`${server.url}/api/public/letters/${documents.letterId}`);
    expect(one.status).toBe(200);
    for (const letter of [list.items[0], (await one.json()) as Letter]) {
      expect(letter).toMatchObject({ id: documents.letterId, ...LETTER });
      expect(letter?.author).toContain(mark(7));
      expect(letter?.author).toContain(`${mark(8)}<script>alert(8)</script>`);
    }
    // a published research report is not an open letter: never on the public letters
    expect((await fetch(`${server.url}/api/public/letters/${documents.researchId}`)).status).toBe(
      404,
    );
    const all = await (await fetch(`${server.url}/api/public/letters?pageSize=200`)).text();
    expect(all).not.toContain(mark(18));
    expect(all).not.toContain(mark(19));
  });

  it('shows stored script as text in the admin pages and the public look-up, never runs it', async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'zh-CN' });
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'tiexin2014' }),
    });
    const sid = /tiexin_sid=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
    await context.addCookies([{ name: 'tiexin_sid', value: sid, url: server.url }]);
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.sample}`),
      );
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const findings: string[] = [];
    for (const p of pages) {
      const r = await visit(page, p.url, p.marks, p.search);
      if (r.pwned) findings.push(`${p.name}: window.__pwned = ${String(r.pwned)}`);
      for (const v of r.violations) findings.push(`${p.name}: CSP violation ${v}`);
      for (const h of r.handlers) findings.push(`${p.name}: event handler in the DOM ${h}`);
      for (const l of r.jsLinks) findings.push(`${p.name}: script link ${l}`);
    }
    for (const d of dialogs) findings.push(`dialog opened: ${d}`);
    process.stdout.write(
      `stored script: ${PAYLOADS.length} payloads in cases, cadres, households, documents; ${pages.length} pages in Chromium; ${findings.length} executions\n`,
    );
    expect(findings).toEqual([]);
    await context.close();
  });
});
