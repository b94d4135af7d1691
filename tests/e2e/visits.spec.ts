import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import {
  baseURL,
  pickOption,
  screenshot,
  submitLogin,
  usePage,
  viewports,
} from './support/browser.ts';

const phone = { width: 390, height: 844 };
const desktop = { width: 1366, height: 900 };
const password = 'tiexin2014';
/** A month of the demo campaign with visits in the seed data. */
const month = '2014-06';

/** "本月：3 / 3 天 · …" → 3 */
const summaryPrefix = text.compliance.my.summary.split('{days}')[0] ?? '';
const summaryPattern = new RegExp(`^${summaryPrefix}(\\d+) / (\\d+)`);

async function login(page: Page, username: string): Promise<void> {
  await submitLogin(page, username, password);
}

async function daysLogged(page: Page): Promise<number> {
  const summary = page.getByText(summaryPattern);
  await summary.waitFor();
  const match = summaryPattern.exec((await summary.textContent()) ?? '');
  return Number(match?.[1]);
}

/** Days of the month on which the signed-in cadre has no visit yet (asked through the API). */
async function freeDays(page: Page): Promise<string[]> {
  const me = await (await page.request.get('/api/auth/me')).json();
  const cadreId: string = me.user.cadreId;
  const res = await page.request.get(
    `/api/compliance/calendar?cadreId=${cadreId}&from=${month}-01&to=${month}-30`,
  );
  const taken = new Set((await res.json()).items.map((d: { date: string }) => d.date));
  return Array.from({ length: 30 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`).filter(
    (d) => !taken.has(d),
  );
}

/** Opens 登记走访 on 我的本月, picks the day and the first household, writes what was heard. */
async function fillVisit(page: Page, day: string, heard: string) {
  await page.getByRole('button', { name: text.compliance.my.logVisit }).click();
  const drawer = page.getByRole('dialog', { name: text.visits.createTitle });
  await drawer.waitFor();
  await drawer.getByLabel(text.visits.date).click();
  // antd date cells carry the date as their title
  await page.locator(`td[title="${day}"]`).click();
  const households = drawer.getByLabel(text.visits.households);
  await expect.poll(() => households.isEnabled()).toBe(true);
  await households.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await drawer.getByLabel(text.visits.heard).fill(heard);
  return drawer;
}

describe.skipIf(!baseURL)('visits and compliance', () => {
  const page = usePage({ viewport: viewports.phone, failurePrefix: 'visits' });

  it('lands a cadre on 我的本月 with the campaign and the month in words', async () => {
    await login(page, 'cadre');
    await page.waitForURL('**/my');
    await page.getByRole('heading', { name: text.compliance.my.title }).waitFor();
    await page.goto(`/my?month=${month}`);
    expect(await daysLogged(page)).toBeGreaterThan(0);
    await page.getByText(text.compliance.my.nextAction).waitFor();
    await screenshot(page, 'my-month-phone.png');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(phone.width);
  }, 60_000);

  it('logs a visit with one household and the days at the contact point go up by one', async () => {
    const before = await daysLogged(page);
    const [day] = await freeDays(page);
    expect(day).toBeDefined();
    const drawer = await fillVisit(page, day as string, '村民反映灌溉水渠需要修缮');
    await screenshot(page, 'visit-form-phone.png');
    await drawer.getByRole('button', { name: text.common.save }).click();
    await page.getByText(text.visits.saved).waitFor();
    await expect.poll(() => daysLogged(page)).toBe(before + 1);
    await screenshot(page, 'my-month-after-visit.png');
  }, 60_000);

  it('keeps a visit logged offline on the phone and uploads it once, when asked', async () => {
    const before = await daysLogged(page);
    const [, day] = await freeDays(page);
    await page.context().setOffline(true);
    // unique per run: the server may have been used by an earlier run
    const heard = `没有信号时登记 ${Date.now()}`;
    const drawer = await fillVisit(page, day as string, heard);
    await drawer.getByRole('button', { name: text.common.save }).click();
    const saved = text.visits.outbox.savedOffline.split('（')[0] as string;
    await page.getByText(saved).first().waitFor();
    const pending = text.visits.outbox.pending.replace('{count}', '1');
    await page.getByText(pending).waitFor();
    await drawer.waitFor({ state: 'hidden' });
    await screenshot(page, 'my-month-offline.png');

    await page.context().setOffline(false);
    // The app also sends on its own when the browser reports the connection back; then the
    // 上传 button may be gone before it can be clicked.
    const upload = page.getByRole('button', { name: text.visits.outbox.upload });
    if (await upload.isVisible()) await upload.click({ timeout: 2_000 }).catch(() => undefined);
    await page.getByText(pending).waitFor({ state: 'hidden' });
    await expect.poll(() => daysLogged(page)).toBe(before + 1);
    const res = await page.request.get(`/api/visits?month=${month}&pageSize=200`);
    const stored = (await res.json()).items.filter((v: { heard: string }) => v.heard === heard);
    expect(stored).toHaveLength(1);
  }, 60_000);

  it('shows a unit admin the compliance board of the month', async () => {
    await page.context().clearCookies();
    await page.setViewportSize(desktop);
    await login(page, 'unit');
    await page.waitForURL('**/dashboard');
    await page.getByRole('menuitem', { name: text.menu.compliance }).click();
    await page.waitForURL('**/compliance');
    await page.getByRole('heading', { name: text.compliance.cadresTitle }).waitFor();
    await page.goto(`/compliance?month=${month}`);
    const table = page.getByRole('table').filter({ hasText: text.compliance.poorHelped });
    await table.getByRole('row').nth(1).waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    await page.getByRole('row').filter({ hasText: text.compliance.notMet }).first().waitFor();
    await screenshot(page, 'compliance-unit.png');

    await page.getByLabel(text.compliance.metFilter, { exact: true }).click();
    await pickOption(page, text.compliance.notMet);
    await page.getByRole('button', { name: text.compliance.calendar }).first().click();
    await page.getByRole('dialog').getByText(text.compliance.notMet).waitFor();
    // the chart (ECharts, loaded on demand) has drawn
    await page.getByRole('dialog').locator('canvas').first().waitFor();
    await screenshot(page, 'compliance-calendar.png');
  }, 60_000);
});
