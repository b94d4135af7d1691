import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, screenshot, submitLogin, useBrowserPage, viewports } from './support/browser.ts';

/** A phone number no earlier run has used, so the search finds exactly this message. */
const phone = `139${String(Date.now()).slice(-8)}`;

describe.skipIf(!baseURL)('发件箱 (admin)', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'outbox' });
  let page: Page;
  let trackingCode = '';
  beforeAll(() => {
    page = browser.page();
  });

  it('shows the SMS 回执 of a citizen’s submission, masked in the list and in full in the drawer', async () => {
    // a citizen submits on the public site with a phone number: the 回执 goes to the outbox
    const categories = await (await page.request.get(`${baseURL}/api/public/categories`)).json();
    const res = await page.request.post(`${baseURL}/api/public/cases`, {
      data: { categoryId: categories.items[0].id, content: '端到端测试：村口路灯不亮', phone },
    });
    expect(res.status()).toBe(201);
    trackingCode = (await res.json()).trackingCode;

    await submitLogin(page, 'admin');
    await page.getByRole('menuitem', { name: text.outbox.menu }).click();
    await page.waitForURL('**/outbox');
    await page.getByRole('heading', { name: text.outbox.title }).waitFor();
    const row = page.getByRole('row').filter({ hasText: trackingCode });
    // the sender runs every 30 s: without an SMS gateway the 回执 is then kept
    const kept = row.getByText(text.outbox.statuses.kept);
    for (let i = 0; i < 10; i++) {
      await page.getByPlaceholder(text.outbox.searchPlaceholder).fill(trackingCode);
      await page.getByPlaceholder(text.outbox.searchPlaceholder).press('Enter');
      await row.waitFor();
      if (await kept.count()) break;
      await page.waitForTimeout(5_000);
      await page.reload();
    }
    expect(await page.getByRole('row').filter({ hasText: trackingCode }).count()).toBe(1);
    // masked in the list
    expect(await row.textContent()).toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(await row.textContent()).not.toContain(phone);
    // no SMS gateway in the demo: kept; the status is in words
    await kept.waitFor();
    await screenshot(page, 'outbox.png');

    await row.getByRole('button', { name: text.outbox.view }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(phone, { exact: true }).waitFor();
    await drawer.getByText(`查询码${trackingCode}，`, { exact: false }).first().waitFor();
    await screenshot(page, 'outbox-drawer.png');
  }, 90_000);

  it('asks before sending again, then puts the message back in the queue', async () => {
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: text.outbox.retry }).click();
    await page.getByText(text.outbox.retryConfirm).waitFor();
    await page.getByRole('button', { name: text.common.confirm }).click();
    await page.getByText(text.outbox.retried).waitFor();
    await drawer.getByText(text.outbox.statuses.pending).waitFor();
  }, 60_000);

  it('is not on the menu of the office or a unit admin', async () => {
    await page.context().clearCookies();
    await submitLogin(page, 'office');
    await page.getByRole('menuitem').first().waitFor();
    expect(await page.getByRole('menuitem', { name: text.outbox.menu }).count()).toBe(0);
    await page.goto('/outbox');
    await page.getByText(text.app.forbidden).waitFor();
  }, 60_000);
});
