import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import {
  baseURL,
  pickOption,
  screenshot,
  submitLogin,
  useBrowserPage,
  viewports,
} from './support/browser.ts';

const LABEL = '每个号码或邮箱每日回执上限';

/** 系统设置 (admin): the receipt caps as data, edited in a dialog; 发件箱 filters capped messages. */
describe.skipIf(!baseURL)('系统设置 (admin)', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'settings' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  const row = () => page.getByRole('row').filter({ hasText: LABEL });

  it('lists the settings with value, unit and description, under its title and crumb', async () => {
    await submitLogin(page, 'admin');
    await page.getByRole('menuitem', { name: text.settings.menu }).click();
    await page.waitForURL('**/settings');
    await page.getByRole('heading', { name: text.settings.title }).waitFor();
    const nav = page.getByRole('navigation', { name: text.app.breadcrumb });
    await nav.getByText(text.settings.menu, { exact: true }).waitFor();
    expect(await page.title()).toBe(`${text.settings.title} · 贴心人`);
    await row().getByText('3 条/日').waitFor();
    expect(await row().textContent()).toContain('receipts.perRecipientPerDay');
    await page.getByRole('row').filter({ hasText: '每个提交地址每日回执上限' }).waitFor();
  }, 90_000);

  it('changes a cap in the dialog, refuses one out of bounds, and shows who changed it', async () => {
    await row().getByRole('button', { name: text.settings.edit }).click();
    const dialog = page.getByRole('dialog');
    const input = dialog.getByRole('spinbutton');
    await input.fill('4');
    await screenshot(page, 'settings-dialog.png');
    await dialog.getByRole('button', { name: text.common.save }).click();
    await page.getByText(text.settings.saved).waitFor();
    await row().getByText('4 条/日').waitFor();
    expect(await row().textContent()).not.toContain(text.settings.never);
    await screenshot(page, 'settings.png');

    // back to 3 through the API as the admin (other specs count on the seeded cap)
    const me = await (await page.request.get('/api/auth/me')).json();
    const headers = { 'x-csrf-token': me.csrfToken };
    const url = '/api/settings/receipts.perRecipientPerDay';
    const res = await page.request.put(url, { headers, data: { value: 3 } });
    expect(res.status()).toBe(200);
    const bad = await page.request.put(url, { headers, data: { value: 0 } });
    expect(bad.status()).toBe(400);
  }, 90_000);

  it('shows the 4th receipt to one number as 超出上限未发送 with the reason in the 发件箱', async () => {
    // a number no earlier run has used: three receipts go out, the fourth is capped
    const phone = `138${String(Date.now()).slice(-8)}`;
    const categories = await (await page.request.get('/api/public/categories')).json();
    let last = '';
    for (let i = 0; i < 4; i++) {
      const res = await page.request.post('/api/public/cases', {
        data: {
          categoryId: categories.items[0].id,
          content: `端到端测试：回执上限 ${i + 1}`,
          phone,
        },
      });
      expect(res.status()).toBe(201);
      last = (await res.json()).trackingCode;
    }
    await page.goto('/outbox');
    await page.getByRole('heading', { name: text.outbox.title }).waitFor();
    await page.getByLabel(text.outbox.filterStatus).click();
    await pickOption(page, text.outbox.statuses.capped);
    const row = page.getByRole('row').filter({ hasText: last });
    await row.getByText(text.outbox.statuses.capped).waitFor();
    await row.getByText('同一号码今日已发送 3 条回执，已达上限').waitFor();
    await page.getByRole('columnheader', { name: text.outbox.reason }).waitFor();
    await screenshot(page, 'outbox-capped.png');
    await row.getByRole('button', { name: text.outbox.view }).click();
    await page.getByRole('dialog').getByText(text.outbox.cappedReason).waitFor();
    // not retryable: the cap is why it was not sent
    expect(
      await page.getByRole('dialog').getByRole('button', { name: text.outbox.retry }).count(),
    ).toBe(0);
  }, 60_000);

  it('is not on the menu of the office', async () => {
    await page.context().clearCookies();
    await submitLogin(page, 'office');
    await page.getByRole('menuitem').first().waitFor();
    expect(await page.getByRole('menuitem', { name: text.settings.menu }).count()).toBe(0);
    await page.goto('/settings');
    await page.getByText(text.app.forbidden).waitFor();
  }, 60_000);
});
