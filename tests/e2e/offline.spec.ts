/**
 * The cadre app opens without a connection (ADR 0005): the service worker serves the admin shell
 * and keeps what 我的本月 and 登记走访 need, a visit logged offline is sent once when the
 * connection is back, and after a logout an offline reload shows nothing of the previous account.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { zhCN as publicText } from '../../web/public/i18n/zh-CN.ts';
import { baseURL, screenshot, submitLogin, useBrowserPage, viewports } from './support/browser.ts';

/** A month of the demo campaign (as in visits.spec.ts). */
const month = '2014-06';
const summaryPrefix = text.compliance.my.summary.split('{days}')[0] ?? '';
const summary = new RegExp(`^${summaryPrefix}\\d+ / \\d+`);
const pendingOne = text.visits.outbox.pending.replace('{count}', '1');

/**
 * The last day of the month on which the signed-in cadre has no visit yet (asked through the API):
 * the last, so visits.spec.ts, which takes the first ones, finds the same days whichever runs
 * first; Wednesday to Sunday, the columns the phone-sized date picker shows in full.
 */
async function freeDay(page: Page, cadreId: string): Promise<string> {
  const res = await page.request.get(
    `/api/compliance/calendar?cadreId=${cadreId}&from=${month}-01&to=${month}-30`,
  );
  const taken = new Set((await res.json()).items.map((d: { date: string }) => d.date));
  const day = Array.from({ length: 30 }, (_, i) => `${month}-${String(30 - i).padStart(2, '0')}`)
    .filter((d) => ![1, 2].includes(new Date(`${d}T12:00:00Z`).getUTCDay()))
    .find((d) => !taken.has(d));
  if (!day) throw new Error(`no free day left in ${month}`);
  return day;
}

/** Opens 登记走访 on 我的本月 and waits until the contact point's households can be picked. */
async function openVisitForm(page: Page) {
  await page.getByRole('button', { name: text.compliance.my.logVisit }).click();
  const drawer = page.getByRole('dialog', { name: text.visits.createTitle });
  await drawer.waitFor();
  const households = drawer.getByLabel(text.visits.households);
  await expect.poll(() => households.isEnabled()).toBe(true);
  return { drawer, households };
}

/** Whether a request the service worker answers from the network fails, i.e. it is offline too. */
function workerIsOffline(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    fetch('/api/households?contactPointId=00000000-0000-0000-0000-000000000000').then(
      () => false,
      () => true,
    ),
  );
}

describe.skipIf(!baseURL)('the cadre app without a connection', () => {
  // a normal context: service workers allowed (support/browser.ts does not block them)
  const browser = useBrowserPage({
    viewport: viewports.phone,
    failurePrefix: 'offline',
    serviceWorkers: 'allow',
  });
  let page: Page;
  let cadre: { id: string; name: string; cadreId: string };
  /** the day the offline visit is logged on, looked up while online */
  let day = '';
  beforeAll(() => {
    page = browser.page();
  });

  it('installs the service worker and keeps 我的本月 and 登记走访 while online', async () => {
    await submitLogin(page, 'cadre');
    await page.waitForURL('**/my');
    cadre = (await (await page.request.get('/api/auth/me')).json()).user;
    day = await freeDay(page, cadre.cadreId);
    // the worker takes over this page (clientsClaim) once it is installed
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.goto(`/my?month=${month}`);
    await page.getByText(summary).waitFor();
    const { drawer, households } = await openVisitForm(page);
    await households.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
    await page.keyboard.press('Escape');
    await drawer.getByRole('button', { name: text.common.cancel }).click();
    await drawer.waitFor({ state: 'hidden' });
  }, 90_000);

  it('reloads offline into 我的本月 with the cached data, and says it is offline', async () => {
    await page.context().setOffline(true);
    expect(await workerIsOffline(page)).toBe(true);
    await page.reload();
    // the app, not the browser's offline page
    await page.getByRole('heading', { name: text.compliance.my.title }).waitFor();
    await page.getByText(summary).waitFor();
    await page.getByText(cadre.name).first().waitFor();
    await page.getByText(text.visits.outbox.offline).waitFor();
    await page.getByText(text.visits.outbox.noneWaiting).waitFor();
    await screenshot(page, 'offline-my-month.png');
  }, 60_000);

  let heard = '';

  it('logs a visit offline, shows it in the outbox, and sends it exactly once when back online', async () => {
    heard = `离线打开后登记 ${Date.now()}`;
    const { drawer, households } = await openVisitForm(page);
    await drawer.getByLabel(text.visits.date).click();
    await page.locator(`td[title="${day}"]`).click();
    await households.click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await drawer.getByLabel(text.visits.heard).fill(heard);
    await drawer.getByRole('button', { name: text.common.save }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByText(pendingOne).waitFor();
    await page.getByText(text.visits.outbox.offline).waitFor();

    // the outbox (走访记录 with what waits on this phone) opens offline too
    await page.goto(`/visits?month=${month}`);
    await page.getByRole('heading', { name: text.visits.title }).waitFor();
    await page.getByText(pendingOne).waitFor();
    await page.getByText(text.visits.outbox.tag).first().waitFor();
    await screenshot(page, 'offline-outbox.png');

    await page.context().setOffline(false);
    // the app sends on its own when the browser reports the connection back
    await page.getByText(pendingOne).waitFor({ state: 'hidden', timeout: 30_000 });
    const res = await page.request.get(
      `/api/visits?month=${month}&cadreId=${cadre.cadreId}&pageSize=200`,
    );
    const stored = (await res.json()).items.filter((v: { heard: string }) => v.heard === heard);
    expect(stored).toHaveLength(1);
  }, 90_000);

  it('leaves the citizens site to the network: served online, never the admin shell offline', async () => {
    await page.goto('/public/');
    await page.getByRole('heading', { name: publicText.home.title }).waitFor();
    await page.context().setOffline(true);
    // no fallback to the admin index.html: the browser's own offline error
    await expect(page.goto('/public/track')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await page.context().setOffline(false);
  }, 60_000);

  it('after a logout, an offline reload shows nothing of the previous account', async () => {
    await page.goto(`/my?month=${month}`);
    await page.getByText(summary).waitFor();
    await page.getByRole('button', { name: text.auth.logout }).click();
    await page.waitForURL('**/login');
    await page.context().setOffline(true);
    await page.goto(`/my?month=${month}`);
    // the shell is there (the worker answered), but no account: it cannot load who is signed in
    await page.getByText(text.app.loadFailed).waitFor({ timeout: 30_000 });
    expect(await page.getByText(cadre.name).count()).toBe(0);
    expect(await page.getByText(summary).count()).toBe(0);
    const kept = await page.evaluate(async () =>
      (await caches.keys()).filter((name) => name.includes('offline-api')),
    );
    expect(kept).toEqual([]);
    await screenshot(page, 'offline-after-logout.png');
    await page.context().setOffline(false);
  }, 60_000);

  it('forgets the kept account when the session ends without a logout and another one logs in', async () => {
    await submitLogin(page, 'cadre');
    await page.waitForURL('**/my');
    await page.goto(`/my?month=${month}`);
    await page.getByText(summary).waitFor();
    const keptUser = () =>
      page.evaluate(async () => {
        const kept = await caches.match('/api/auth/me');
        return kept ? ((await kept.json()) as { user: { username: string } }).user.username : null;
      });
    expect(await keptUser()).toBe('cadre');
    // the session ends elsewhere (expiry, 登录设备): the next page load is answered 401
    await page.context().clearCookies();
    await page.goto('/login');
    await page.getByLabel(text.auth.username).waitFor();
    await expect.poll(keptUser).toBeNull();
    await submitLogin(page, 'unit');
    await page.waitForURL('**/dashboard');
    const unit = (await (await page.request.get('/api/auth/me')).json()).user;
    await page.context().setOffline(true);
    await page.goto(`/my?month=${month}`);
    // the new account's own page, or none when its answers were not kept: never the cadre's
    await page
      .getByText(text.app.loadFailed)
      .or(page.getByText(unit.name).first())
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.getByText(cadre.name).count()).toBe(0);
    await page.context().setOffline(false);
  }, 60_000);
});
