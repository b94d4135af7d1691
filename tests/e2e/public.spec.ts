/**
 * The citizens' site (民声通道) on a 390×844 phone: a case from submission to 销号, the citizen in
 * the browser (large-font mode on) and the staff through the API with the demo accounts.
 */
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/public/i18n/zh-CN.ts';
import {
  baseURL,
  DEMO_PASSWORD,
  screenshot,
  useBrowserPage,
  viewports,
} from './support/browser.ts';

/** Unique per run: the e2e server may have been used by an earlier run. */
const run = Date.now().toString(36).slice(-6);
const content = `村口到小学的路灯坏了三盏，晚上孩子放学看不见路 ${run}`;
const draftContent = `弱网下写的内容：水渠堵了，田里灌不上水 ${run}`;
const answer = '已联系供电所更换路灯，三盏均已恢复照明。';
/** A 1×1 PNG, for the photo picker. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A demo account signed in through the API: its /me and a POST that carries the CSRF token. */
type Staff = {
  me: { user: { orgId: string | null; cadreId: string | null } };
  api: APIRequestContext;
  act(caseId: string, body: Record<string, unknown>): Promise<void>;
};

async function signIn(username: string): Promise<Staff> {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
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

/** Every control a finger must hit is at least 48 px high, and nothing runs off the screen. */
async function checkPhoneLayout(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(viewports.phone.width);
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a, button, label.choice, label.switch, input[type=text], input[type=tel], .code-input',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({
        what: el.textContent?.trim() || el.id,
        h: el.getBoundingClientRect().height,
      }))
      .filter((x) => x.h < 48),
  );
  expect(small).toEqual([]);
}

const status = (page: Page) => page.getByTestId('case-status');

describe.skipIf(!baseURL)('citizens site (民声通道)', () => {
  const browser = useBrowserPage({ viewport: viewports.phone, failurePrefix: 'public' });
  let page: Page;
  let office: Staff;
  let cadre: Staff;
  let unit: Staff;
  let code = '';

  beforeAll(async () => {
    page = browser.page();
    [office, cadre, unit] = await Promise.all([signIn('office'), signIn('cadre'), signIn('unit')]);
  });
  afterAll(async () => {
    await Promise.all([office, cadre, unit].map((s) => s?.api.dispose()));
  });

  it('opens on the home page with three big ways in, and remembers 大字模式', async () => {
    await page.goto('/public/');
    await page.getByRole('heading', { name: text.home.title }).waitFor();
    for (const name of [text.home.submit, text.home.track, text.home.resolved]) {
      await page.getByRole('link', { name }).waitFor();
    }
    await checkPhoneLayout(page);
    await screenshot(page, 'public-home.png');
    const normal = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

    await page.getByRole('button', { name: text.app.largeFontOff }).click();
    await page.getByRole('button', { name: text.app.largeFontOn, pressed: true }).waitFor();
    await page.reload();
    // remembered on the phone: still large after a reload
    await page.getByRole('button', { name: text.app.largeFontOn, pressed: true }).waitFor();
    const large = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(Number.parseFloat(large)).toBeGreaterThan(Number.parseFloat(normal));
    await checkPhoneLayout(page);
    await screenshot(page, 'public-home-large.png');
  });

  it('checks the form in Chinese before sending, and submits a case to a cadre (大字模式)', async () => {
    const cadreId = cadre.me.user.cadreId;
    expect(cadreId).toBeTruthy();
    const addressee = await (await cadre.api.get(`/api/public/cadres/${cadreId}`)).json();
    await page.getByRole('link', { name: text.home.submit }).click();
    await page.goto(`/public/submit?cadre=${cadreId}`);
    await page.getByText(text.submit.to.replace('{name}', addressee.name)).waitFor();

    await page.getByRole('button', { name: text.submit.send }).click();
    await page.getByText(text.submit.errors.category).waitFor();
    await page.getByText(text.submit.errors.contentShort.replace('{min}', '5')).waitFor();
    await page.getByRole('alert').getByText(text.submit.fixErrors).waitFor();

    await page.getByRole('radio', { name: /道路交通/ }).check();
    await page.getByLabel(text.submit.content).fill(content);
    await page.getByText(`${content.length} / 5000`).waitFor();
    await page.getByLabel(text.submit.name).fill('王大爷');
    await page.getByLabel(text.submit.phone).fill('13900001111');
    // 匿名 hides name and phone
    await page.getByRole('switch', { name: text.submit.anonymous }).check();
    expect(await page.getByLabel(text.submit.name).count()).toBe(0);
    await page.getByRole('switch', { name: text.submit.anonymous }).uncheck();
    await page.getByLabel(text.submit.name).waitFor();

    // a photo is uploaded at once (POST /api/public/attachments) and sent with the case
    await page.locator('input[type=file]').setInputFiles({
      name: '路灯.png',
      mimeType: 'image/png',
      buffer: png,
    });
    await page.locator('.photo').getByRole('button', { name: text.submit.removePhoto }).waitFor();
    expect(await page.getByText(text.submit.photosUnavailable).count()).toBe(0);
    await checkPhoneLayout(page);
    await screenshot(page, 'public-submit-large.png');

    await page.getByRole('button', { name: text.submit.send }).click();
    await page.getByRole('heading', { name: text.submitted.title }).waitFor();
    code = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    await page.getByText(text.submitted.remember, { exact: true }).waitFor();
    // the draft is gone once the server has answered
    expect(await page.evaluate(() => localStorage.getItem('tiexin.public.draft'))).toBeNull();
    await checkPhoneLayout(page);
    await screenshot(page, 'public-submitted-large.png');
  });

  it('looks the case up: 待受理, also when the code is typed in lower case with spaces', async () => {
    await page.getByRole('link', { name: text.submitted.track }).click();
    await page.waitForURL(`**/public/track/${code}`);
    await expect.poll(() => status(page).textContent()).toBe('待受理');
    await page.getByText(content).waitFor();
    await screenshot(page, 'public-track-received-large.png');

    await page.goto('/public/track');
    // the phone remembers the codes it submitted
    await page.getByRole('link', { name: new RegExp(code) }).waitFor();
    const typed = `${code.slice(0, 5).toLowerCase()} ${code.slice(5).toLowerCase()}`;
    await page.getByLabel(text.track.codeLabel).fill(typed);
    await page.getByRole('button', { name: text.track.search }).click();
    await page.waitForURL(`**/public/track/${code}`);
    await expect.poll(() => status(page).textContent()).toBe('待受理');
  });

  it('follows the staff through 交办, 办结, the citizen rates 满意, and 销号 shows', async () => {
    const found = await (await office.api.get(`/api/cases?q=${code}`)).json();
    expect(found.items).toHaveLength(1);
    const caseId: string = found.items[0].id;
    // the citizen's photo came with the case, for the staff only
    const detail = await (await office.api.get(`/api/cases/${caseId}`)).json();
    expect(detail.attachments.map((a: { fileName: string }) => a.fileName)).toHaveLength(1);
    await office.act(caseId, {
      action: 'assign',
      orgId: cadre.me.user.orgId,
      handlerCadreId: cadre.me.user.cadreId,
    });
    await page.reload();
    await expect.poll(() => status(page).textContent()).toBe('已交办');

    await cadre.act(caseId, { action: 'start' });
    await cadre.act(caseId, {
      action: 'answer',
      answer,
      measures: '更换灯泡并检修线路',
      publicity: true,
    });
    await page.reload();
    await expect.poll(() => status(page).textContent()).toBe('已办结');
    await page.getByText(answer).waitFor();

    // rating: nothing chosen is refused in words, then 满意 with a confirmation
    await page.getByRole('button', { name: text.rate.send }).click();
    await page.getByText(text.rate.choose).waitFor();
    await page.getByRole('radio', { name: '满意', exact: true }).check();
    await page.getByLabel(text.rate.comment).fill('办得快，谢谢！');
    await page.getByRole('button', { name: text.rate.send }).click();
    await page.getByText(text.rate.confirm.replace('{rating}', '满意')).waitFor();
    await checkPhoneLayout(page);
    await screenshot(page, 'public-rate-confirm-large.png');
    await page.getByRole('button', { name: text.rate.confirmYes }).click();
    await page.getByText(text.rate.thanks).waitFor();
    await page.getByText(text.track.yourRating.replace('{rating}', '满意')).waitFor();
    expect(await page.getByRole('button', { name: text.rate.send }).count()).toBe(0);

    await unit.act(caseId, { action: 'sign_off' });
    // back to the normal font size for the last look
    await page.getByRole('button', { name: text.app.largeFontOn }).click();
    await page.reload();
    await expect.poll(() => status(page).textContent()).toBe('已销号');
    await page.getByText('销号', { exact: true }).waitFor();
    await checkPhoneLayout(page);
    await screenshot(page, 'public-track-signed-off.png');
  });

  it('lists the published case under 办成实事', async () => {
    await page.goto('/public/');
    await page.getByRole('link', { name: text.home.resolved }).click();
    await page.getByRole('heading', { name: text.resolved.title }).waitFor();
    await page.getByText(content).waitFor();
    await page.getByText(answer).first().waitFor();
    await checkPhoneLayout(page);
    await screenshot(page, 'public-resolved.png');
  });

  it('answers an unknown or malformed code with a friendly message', async () => {
    await page.goto('/public/track/ABCDEFGHJK');
    await page.getByText(text.track.notFoundTitle).waitFor();
    await page.getByText(text.track.notFound).waitFor();
    await screenshot(page, 'public-track-not-found.png');
    await page.getByLabel(text.track.codeLabel).fill('abc');
    await page.getByRole('button', { name: text.track.search }).click();
    await page.getByText(text.track.codeInvalid).waitFor();
  });

  it('says in words what the server refused: unknown addressee, a field, too many submissions', async () => {
    await page.goto('/public/submit?cadre=01900000-0000-7000-8000-00000000dead');
    await page.getByText(text.submit.toUnknown).waitFor();
    await page.getByRole('radio', { name: /紧急诉求/ }).check();
    await page.getByLabel(text.submit.content).fill('这条不会真的发出去，只看提示');

    // the server's answers, played back so no real case is stored
    let body: Record<string, unknown> = {};
    await page.route('**/api/public/cases', async (route) => {
      body = route.request().postDataJSON();
      await route.fulfill({
        status: 400,
        json: {
          error: {
            code: 'VALIDATION',
            message: '请至少写 5 个字',
            details: [{ field: 'body.content', message: '服务器说：内容不对' }],
          },
        },
      });
    });
    await page.getByRole('button', { name: text.submit.send }).click();
    await page.getByText('服务器说：内容不对').waitFor();
    // the unknown addressee is left out rather than refused
    expect(body.cadreId).toBeUndefined();

    await page.unroute('**/api/public/cases');
    await page.route('**/api/public/cases', (route) =>
      route.fulfill({
        status: 429,
        json: { error: { code: 'RATE_LIMITED', message: '请求过于频繁' } },
      }),
    );
    await page.getByRole('button', { name: text.submit.send }).click();
    await page.getByText(text.submit.tooOften).waitFor();
    await page.unroute('**/api/public/cases');
    // still on the phone for later
    const kept = await page.evaluate(() => localStorage.getItem('tiexin.public.draft'));
    expect(kept).toContain('这条不会真的发出去');
    await page.evaluate(() => localStorage.removeItem('tiexin.public.draft'));
  });

  it('keeps a submission that failed on a weak connection, and sends it once when asked', async () => {
    await page.goto('/public/submit');
    await page.getByRole('radio', { name: /形式主义/ }).check();
    await page.getByLabel(text.submit.content).fill(draftContent);
    await page.getByRole('switch', { name: text.submit.anonymous }).check();
    await page.context().setOffline(true);
    await page.getByRole('button', { name: text.submit.send }).click();
    await page.getByText(text.submit.networkFailed).waitFor();
    await screenshot(page, 'public-submit-offline.png');
    await page.context().setOffline(false);

    // no resubmission on its own: the case is not there until the citizen sends it again
    await page.reload();
    await page.getByText(text.submit.draftRestored).waitFor();
    expect(await page.getByLabel(text.submit.content).inputValue()).toBe(draftContent);
    expect(await page.getByRole('radio', { name: /形式主义/ }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: text.submit.anonymous }).isChecked()).toBe(true);
    const before = await (await office.api.get(`/api/cases?q=${encodeURIComponent(run)}`)).json();
    expect(before.items.filter((c: { content: string }) => c.content === draftContent)).toEqual([]);

    await page.getByRole('button', { name: text.submit.send }).click();
    await page.getByRole('heading', { name: text.submitted.title }).waitFor();
    const after = await (await office.api.get(`/api/cases?q=${encodeURIComponent(run)}`)).json();
    const sent = after.items.filter((c: { content: string }) => c.content === draftContent);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ anonymous: true, citizenName: null, channel: 'web' });
  });
});
