/**
 * 报告 in the browser (issue 14 §2): the office finds last month's 月报 the job made and downloads
 * its Word file; generates a unit's 月报 (a month not begun is refused in words under the field)
 * and an 活动总结, each downloaded and then listed; the unit admin sees only his unit's reports;
 * the inspector reads the list without the generate buttons.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import {
  baseURL,
  logIn,
  pickOption,
  screenshot,
  switchTo,
  useBrowserPage,
  viewports,
} from './support/browser.ts';

const R = text.reports;

async function fillMonth(dialog: ReturnType<Page['getByRole']>, month: string) {
  const input = dialog.getByLabel(R.month, { exact: true });
  await input.click();
  await input.fill(month);
  await input.press('Enter');
}

describe.skipIf(!baseURL)('报告', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'reports' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('shows the office the job’s 月报 of last month and downloads it as Word', async () => {
    await logIn(page, 'office');
    await page.goto('/reports');
    await page.getByRole('heading', { name: R.title }).waitFor();
    const row = page.getByRole('row').filter({ hasText: R.job }).first();
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('联系服务群众工作月报');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: R.word }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/联系服务群众工作月报\.docx$/);
    await screenshot(page, 'reports-office.png');
  });

  it('generates a unit’s 月报, refusing a month not begun in words', async () => {
    await page.getByRole('button', { name: R.generateMonthly }).click();
    const dialog = page.getByRole('dialog', { name: R.monthlyTitle });
    await dialog.waitFor();
    await fillMonth(dialog, '2099-01');
    await dialog.getByRole('button', { name: R.generate }).click();
    await dialog.getByText('2099-01 尚未开始，不能生成月报').waitFor();
    await screenshot(page, 'reports-refused.png');
    const lastMonth = new Date(Date.now() - 35 * 86_400_000).toISOString().slice(0, 7);
    await fillMonth(dialog, lastMonth);
    await dialog.getByLabel(R.org, { exact: true }).click();
    await page.locator('.ant-select-tree-title').filter({ hasText: '畜牧水产局' }).first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: R.generate }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^畜牧水产局 .*月报\.docx$/);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: '畜牧水产局' }).first().waitFor();
  });

  it('generates an 活动总结 as Excel', async () => {
    await page.getByRole('button', { name: R.generateSummary }).click();
    const dialog = page.getByRole('dialog', { name: R.summaryTitle });
    await dialog.waitFor();
    await dialog.getByLabel(R.campaign, { exact: true }).click();
    await pickOption(page, '学习龚全珍');
    await dialog.getByLabel(R.format, { exact: true }).click();
    await pickOption(page, R.formats.xlsx);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: R.generate }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/活动总结\.xlsx$/);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: '活动总结' }).first().waitFor();
    await screenshot(page, 'reports-generated.png');
  });

  it('shows the unit admin his unit’s reports only, and the inspector no generate button', async () => {
    await switchTo(page, 'unit');
    await page.goto('/reports');
    await page.getByRole('heading', { name: R.title }).waitFor();
    await page.getByRole('button', { name: R.generateMonthly }).waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: R.job }).count()).toBe(0);
    await screenshot(page, 'reports-unit.png');
    await switchTo(page, 'inspector');
    await page.goto('/reports');
    await page.getByRole('row').filter({ hasText: R.job }).first().waitFor();
    expect(await page.getByRole('button', { name: R.generateMonthly }).count()).toBe(0);
  });
});
