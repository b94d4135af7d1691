/**
 * The citizens' site (民声通道) for elderly readers: every public page, in the normal and the
 * large-font mode (大字模式), on a 390×844 phone and a 1280×800 desktop, is measured —
 * - large mode: every text at least 24 px (MIIT 2021 适老化: main text ≥ 18 pt), headings larger
 *   than the body text, the tracking code's line height ≥ 1.3, running text ≥ 1.5;
 * - tap targets: every control at least 60 × 60 px in large mode, 44 × 44 px otherwise;
 * - axe-core (WCAG 2.1 A and AA, and its best practices): no violations;
 * and a failure names every offending element.
 */
import { createRequire } from 'node:module';
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/public/i18n/zh-CN.ts';
import { baseURL, DEMO_PASSWORD, screenshot, useBrowserPage } from './support/browser.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

const LARGE_TEXT = 24;
const TAP = { normal: 44, large: 60 } as const;
const CODE_LINE_HEIGHT = 1.3;
const BODY_LINE_HEIGHT = 1.5;
/** WCAG 2.1 A and AA, and axe's best practices (landmarks, heading order, one main …) */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const run = Date.now().toString(36).slice(-6);
/** A 1×1 PNG, for the photo picker. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

type Mode = 'normal' | 'large';
type Problems = { page: string; problems: string[] };

/**
 * What is wrong with the page as drawn now. Runs in the browser, so it must not use anything from
 * this file's scope.
 */
function measure(opts: {
  large: boolean;
  minText: number;
  tap: number;
  codeLh: number;
  bodyLh: number;
}) {
  const out: string[] = [];
  const px = (v: string) => Number.parseFloat(v);
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
    const words = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24);
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${words}"`;
  };
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none';
  };

  // the page fits the screen
  const overflow = document.documentElement.scrollWidth - window.innerWidth;
  if (overflow > 0) out.push(`page is ${overflow}px wider than the screen`);

  // every text the reader sees: its font size (large mode ≥ 24 px), running text's line height
  const textParents = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || !n.textContent?.trim()) continue;
    if (parent.closest('script, style, noscript')) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || !shown(parent)) continue;
    textParents.add(parent);
  }
  const fields = [...document.querySelectorAll('input, textarea')].filter(
    (el) =>
      shown(el) && !['radio', 'checkbox', 'file', 'hidden'].includes((el as HTMLInputElement).type),
  );
  if (opts.large) {
    for (const el of textParents) {
      const size = px(getComputedStyle(el).fontSize);
      if (size < opts.minText - 0.01) out.push(`text ${size}px < ${opts.minText}px: ${name(el)}`);
    }
    for (const el of fields) {
      const size = px(getComputedStyle(el).fontSize);
      if (size < opts.minText - 0.01) out.push(`field text ${size}px: ${name(el)}`);
      if (el.getAttribute('placeholder')) {
        const ph = px(getComputedStyle(el, '::placeholder').fontSize);
        if (ph < opts.minText - 0.01) out.push(`placeholder ${ph}px: ${name(el)}`);
      }
    }
  }
  const ratio = (el: Element) => {
    const s = getComputedStyle(el);
    // "normal" is about 1.2 for the fonts used here
    return s.lineHeight === 'normal' ? 1.2 : px(s.lineHeight) / px(s.fontSize);
  };
  for (const el of textParents) {
    if (!el.matches('p, li, dd, dt') || el.matches('[data-testid="tracking-code"]')) continue;
    if (ratio(el) < opts.bodyLh - 0.005)
      out.push(`line height ${ratio(el).toFixed(2)} < ${opts.bodyLh}: ${name(el)}`);
  }
  for (const el of document.querySelectorAll(
    '[data-testid="tracking-code"], [data-testid="tracking-code"] *',
  )) {
    if (shown(el) && ratio(el) < opts.codeLh - 0.005)
      out.push(`tracking code line height ${ratio(el).toFixed(2)} < ${opts.codeLh}: ${name(el)}`);
  }

  // headings: larger than the body text, and each level larger than the next
  const body = px(getComputedStyle(document.body).fontSize);
  const levels = ['h1', 'h2', 'h3', 'h4'].map((h) =>
    [...document.querySelectorAll(h)]
      .filter(shown)
      .map((el) => ({ el, size: px(getComputedStyle(el).fontSize) })),
  );
  levels.forEach((level, i) => {
    for (const { el, size } of level) {
      if (size <= body) out.push(`heading ${size}px not above body text ${body}px: ${name(el)}`);
      for (const below of levels.slice(i + 1).flat())
        if (below.size >= size)
          out.push(`${name(below.el)} ${below.size}px not below ${name(el)} ${size}px`);
    }
  });

  // tap targets: a radio, checkbox or file input counts by the label a finger taps
  const controls = new Set<Element>();
  for (const el of document.querySelectorAll(
    'a[href], button, input:not([type="hidden"]), textarea, select, [role="button"], [tabindex]:not([tabindex="-1"])',
  )) {
    const label = el.matches('input') ? el.closest('label') : null;
    controls.add(label ?? el);
  }
  for (const el of controls) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < opts.tap - 0.5 || r.height < opts.tap - 0.5)
      out.push(
        `tap target ${Math.round(r.width)}×${Math.round(r.height)} < ${opts.tap}: ${name(el)}`,
      );
  }
  return out;
}

async function axeViolations(page: Page): Promise<string[]> {
  // evaluated rather than added as a <script>: the site's CSP (script-src 'self') refuses inline
  // scripts, and a test should not loosen it
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const axe = (window as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    type Rule = { id: string; help: string; nodes: { target: string[] }[] };
    const list = (rules: Rule[]) =>
      rules.map(
        (v) => `axe ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
    // a check axe could not decide (say, contrast over an image) is a failure too, to be looked at
    const out = [
      ...list(result.violations),
      ...list(result.incomplete).map((m) => `${m} [undecided]`),
    ];
    if (result.passes.length === 0) out.push('axe checked nothing');
    return out;
  }, AXE_TAGS);
}

/** Demo staff signed in through the API (to move a case to 已办结 so the rating form shows). */
type Staff = {
  me: { user: { orgId: string | null; cadreId: string | null } };
  api: APIRequestContext;
  act(caseId: string, body: Record<string, unknown>): Promise<void>;
};
async function signIn(username: string): Promise<Staff> {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  const me = await res.json();
  return {
    me,
    api,
    async act(caseId, body) {
      const r = await api.post(`/api/cases/${caseId}/events`, {
        data: body,
        headers: { 'x-csrf-token': me.csrfToken },
      });
      expect(r.status(), `${String(body.action)}: ${await r.text()}`).toBe(200);
    },
  };
}

const combos = [
  { viewport: { width: 390, height: 844 }, mode: 'normal' },
  { viewport: { width: 390, height: 844 }, mode: 'large' },
  { viewport: { width: 1280, height: 800 }, mode: 'normal' },
  { viewport: { width: 1280, height: 800 }, mode: 'large' },
] as const satisfies { viewport: { width: number; height: number }; mode: Mode }[];

describe.skipIf(!baseURL)('citizens site: 大字模式, tap targets and axe-core on every page', () => {
  const browser = useBrowserPage({
    viewport: { width: 390, height: 844 },
    failurePrefix: 'public-a11y',
  });
  let page: Page;
  let staff: Staff[] = [];
  /** an answered case: the track page shows its answer, timeline and the rating form */
  let code = '';
  /** an answered case the citizen has rated: 您的评价 instead of the form */
  let ratedCode = '';
  let cadreId = '';

  beforeAll(async () => {
    page = browser.page();
    const [office, cadre] = await Promise.all([signIn('office'), signIn('cadre')]);
    staff = [office, cadre];
    cadreId = cadre.me.user.cadreId ?? '';
    const pub = await request.newContext({ baseURL });
    const categories = (await (await pub.get('/api/public/categories')).json()).items;
    /** a case submitted on the public site and answered by the demo cadre; its tracking code */
    const answeredCase = async (content: string): Promise<string> => {
      const created = await pub.post('/api/public/cases', {
        data: { categoryId: categories[0].id, content: `${content} ${run}`, anonymous: true },
      });
      expect(created.status(), await created.text()).toBe(201);
      const trackingCode: string = (await created.json()).trackingCode;
      const found = await (await office.api.get(`/api/cases?q=${trackingCode}`)).json();
      const caseId: string = found.items[0].id;
      await office.act(caseId, {
        action: 'assign',
        orgId: cadre.me.user.orgId,
        handlerCadreId: cadre.me.user.cadreId,
      });
      await cadre.act(caseId, { action: 'start' });
      await cadre.act(caseId, {
        action: 'answer',
        answer: '已把公告栏换成大字版，并在村口广播通知。',
        measures: '公告改用大号字体打印',
        publicity: false,
      });
      return trackingCode;
    };
    code = await answeredCase('无障碍检查用：村里的公告栏字太小，老人看不清');
    ratedCode = await answeredCase('无障碍检查用：卫生室的药品说明字太小');
    const rated = await pub.post(`/api/public/cases/${ratedCode}/rating`, {
      data: { rating: 'basically', comment: '' },
    });
    expect(rated.status(), await rated.text()).toBe(200);
    await pub.dispose();
  });
  afterAll(async () => {
    await Promise.all(staff.map((s) => s.api.dispose()));
  });

  /** Every page and state of the site, each drawn and ready when its function returns. */
  const pages: { name: string; open(): Promise<void> }[] = [
    {
      name: 'home',
      open: async () => {
        await page.goto('/public/');
        await page.getByRole('heading', { name: text.home.title }).waitFor();
      },
    },
    {
      name: 'submit to a cadre',
      open: async () => {
        await page.goto(`/public/submit?cadre=${cadreId}`);
        await page.getByText(text.submit.to.replace('{name}', '')).waitFor();
        await page.getByRole('radio').first().waitFor();
      },
    },
    {
      name: 'submit with validation errors and a photo',
      open: async () => {
        await page.route('**/api/public/attachments', (route) =>
          route.fulfill({
            status: 201,
            json: {
              id: '01900000-0000-7000-8000-0000000a11y0',
              fileName: '公告栏.png',
              mimeType: 'image/png',
              size: 68,
            },
          }),
        );
        await page.goto('/public/submit');
        await page.getByRole('radio').first().waitFor();
        await page
          .locator('input[type=file]')
          .setInputFiles({ name: '公告栏.png', mimeType: 'image/png', buffer: png });
        await page
          .locator('.photo')
          .getByRole('button', { name: text.submit.removePhoto })
          .waitFor();
        await page.getByRole('button', { name: text.submit.send, exact: true }).click();
        await page.getByText(text.submit.errors.category).waitFor();
        await page.getByRole('alert').getByText(text.submit.fixErrors).waitFor();
        await page.unroute('**/api/public/attachments');
      },
    },
    {
      name: 'submit with a restored draft, asking before clearing',
      open: async () => {
        await page.getByLabel(text.submit.content).fill('草稿');
        await page.reload();
        await page.getByText(text.submit.draftRestored).waitFor();
        await page.getByRole('button', { name: text.submit.clearDraft }).click();
        await page.getByRole('button', { name: text.submit.clearYes }).waitFor();
      },
    },
    {
      name: 'submit, photos switched off, the network down',
      open: async () => {
        await page.evaluate(() => localStorage.removeItem('tiexin.public.draft'));
        // the server's answers played back: no photo endpoint (404), then no connection
        await page.route('**/api/public/attachments', (route) =>
          route.fulfill({ status: 404, json: { error: { code: 'NOT_FOUND', message: '没有' } } }),
        );
        await page.route('**/api/public/cases', (route) => route.abort('internetdisconnected'));
        await page.goto('/public/submit');
        await page.getByRole('radio').first().check();
        await page.getByLabel(text.submit.content).fill('路灯坏了，晚上看不见路');
        await page
          .locator('input[type=file]')
          .setInputFiles({ name: '路灯.png', mimeType: 'image/png', buffer: png });
        await page.getByText(text.submit.photosUnavailable).waitFor();
        await page.getByRole('button', { name: text.submit.send, exact: true }).click();
        await page.getByText(text.submit.networkFailed).waitFor();
        await page.unroute('**/api/public/attachments');
        await page.unroute('**/api/public/cases');
        await page.evaluate(() => localStorage.removeItem('tiexin.public.draft'));
      },
    },
    {
      name: 'submitted, with the tracking code, copied',
      open: async () => {
        await page.evaluate(() => localStorage.removeItem('tiexin.public.draft'));
        await page.goto(`/public/submitted/${code}`);
        await page.getByTestId('tracking-code').waitFor();
        await page.getByRole('button', { name: text.submitted.copy }).click();
        await page.getByRole('status').waitFor();
      },
    },
    {
      name: 'track, with the codes of this phone',
      open: async () => {
        await page.evaluate(
          (c) =>
            localStorage.setItem(
              'tiexin.public.codes',
              JSON.stringify([{ code: c, at: new Date().toISOString() }]),
            ),
          code,
        );
        await page.goto('/public/track');
        await page.getByRole('link', { name: new RegExp(code) }).waitFor();
      },
    },
    {
      name: 'track, a found case with the rating form',
      open: async () => {
        await page.goto(`/public/track/${code}`);
        await page.getByTestId('case-status').waitFor();
        await page.getByRole('button', { name: text.rate.send }).click();
        await page.getByText(text.rate.choose).waitFor();
      },
    },
    {
      name: 'track, confirming a rating',
      open: async () => {
        await page.getByRole('radio', { name: '满意', exact: true }).check();
        await page.getByRole('button', { name: text.rate.send }).click();
        await page.getByRole('button', { name: text.rate.confirmYes }).waitFor();
      },
    },
    {
      name: 'track, a rated case',
      open: async () => {
        await page.goto(`/public/track/${ratedCode}`);
        await page.getByText(text.track.yourRating.replace('{rating}', '基本满意')).waitFor();
      },
    },
    {
      name: 'track, the server failing, with 重试',
      open: async () => {
        await page.route('**/api/public/cases/*', (route) =>
          route.fulfill({
            status: 503,
            json: { error: { code: 'UNAVAILABLE', message: '服务暂时不可用' } },
          }),
        );
        await page.goto(`/public/track/${code}`);
        await page.getByRole('button', { name: text.app.retry }).waitFor();
        await page.unroute('**/api/public/cases/*');
      },
    },
    {
      name: 'track, not found',
      open: async () => {
        await page.goto('/public/track/ABCDEFGHJK');
        await page.getByText(text.track.notFoundTitle).waitFor();
      },
    },
    {
      name: 'track, a malformed code',
      open: async () => {
        await page.getByLabel(text.track.codeLabel).fill('abc');
        await page.getByRole('button', { name: text.track.search }).click();
        await page.getByText(text.track.codeInvalid, { exact: true }).last().waitFor();
      },
    },
    {
      name: 'resolved (办成实事), with the pager',
      open: async () => {
        await page.goto('/public/resolved?page=2');
        await page.getByRole('heading', { name: text.resolved.title }).waitFor();
        await page.locator('.resolved-list .card').first().waitFor();
        await page.getByRole('button', { name: text.resolved.prev }).waitFor();
      },
    },
    // 给群众的公开信 (issue 12): the demo data publishes most leading cadres' letters
    {
      name: 'letters (给群众的公开信)',
      open: async () => {
        await page.goto('/public/letters');
        await page.getByRole('heading', { name: text.letters.title, level: 1 }).waitFor();
        await page.locator('.letter-list .card').first().waitFor();
      },
    },
    {
      name: 'a letter',
      open: async () => {
        await page.locator('.letter-link').first().click();
        await page.locator('.letter .markup').waitFor();
      },
    },
    {
      name: 'a letter not published (not found)',
      open: async () => {
        await page.goto('/public/letters/01900000-0000-7000-8000-000000000000');
        await page.getByRole('heading', { name: text.letters.notFoundTitle }).waitFor();
      },
    },
    {
      name: 'unknown page',
      open: async () => {
        await page.goto('/public/no-such-page');
        await page.getByRole('heading', { name: text.app.notFound }).waitFor();
      },
    },
  ];

  for (const combo of combos) {
    const where = `${combo.viewport.width}×${combo.viewport.height}, ${combo.mode}`;
    it(`${where}: text sizes, line heights, tap targets and axe-core on every page`, async () => {
      await page.setViewportSize(combo.viewport);
      await page.goto('/public/');
      await page.evaluate((on) => {
        localStorage.setItem('tiexin.public.largeFont', JSON.stringify(on));
        localStorage.removeItem('tiexin.public.draft');
      }, combo.mode === 'large');
      const found: Problems[] = [];
      for (const p of pages) {
        await p.open();
        const large = combo.mode === 'large';
        expect(
          await page.evaluate(() => document.documentElement.classList.contains('large')),
        ).toBe(large);
        const problems = await page.evaluate(measure, {
          large,
          minText: LARGE_TEXT,
          tap: TAP[combo.mode],
          codeLh: CODE_LINE_HEIGHT,
          bodyLh: BODY_LINE_HEIGHT,
        });
        problems.push(...(await axeViolations(page)));
        if (problems.length > 0) found.push({ page: p.name, problems });
        const file = `public-a11y-${combo.viewport.width}-${combo.mode}-${p.name.replace(/\W+/g, '-')}.png`;
        await screenshot(page, file);
      }
      const report = found.map((f) => `${f.page}:\n  ${f.problems.join('\n  ')}`).join('\n');
      expect(found, `${where}\n${report}`).toEqual([]);
    });
  }
});
