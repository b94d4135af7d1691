import { describe, expect, it } from 'vitest';
import { MAX_LEN } from '../../common/limits.ts';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, logIn, screenshot, usePage, viewports } from './support/browser.ts';

const DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/;

describe.skipIf(!baseURL)('input handling', () => {
  const page = usePage({ viewport: viewports.desktop, failurePrefix: 'input-handling' });

  it('a form shows its limit with a counter and refuses 月末提醒 −5 in words, unclamped', async () => {
    await logIn(page, 'office');
    await page.goto('/campaigns');
    await page.getByRole('button', { name: text.campaigns.createBlank }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(text.campaigns.name).fill('输入测试');
    // the counter counts against the server's own limit
    await dialog.getByText(`4 / ${MAX_LEN.name}`).waitFor();

    const days = dialog.getByLabel(text.campaigns.reminderDays);
    await days.fill('-5');
    await days.blur();
    await dialog
      .getByText(text.common.outOfRange.replace('{min}', '0').replace('{max}', '27'))
      .waitFor();
    expect(await days.inputValue()).toBe('-5');
    await screenshot(page, 'input-handling-form.png');

    // a reversed period is neither swapped by the picker nor by the server: the server's words
    // stand under the picker
    await days.fill('5');
    await dialog.getByPlaceholder('开始日期').fill('2014-05-01');
    await dialog.getByPlaceholder('开始日期').press('Enter');
    await dialog.getByPlaceholder('结束日期').fill('2014-04-01');
    await dialog.getByPlaceholder('结束日期').press('Enter');
    await dialog.getByRole('button', { name: text.common.save }).click();
    await dialog.getByText('结束日期不能早于开始日期').waitFor();
    expect(await dialog.getByPlaceholder('开始日期').inputValue()).toBe('2014-05-01');
    await screenshot(page, 'input-handling-range.png');
    await dialog.getByRole('button', { name: text.common.cancel }).click();
  }, 90_000);

  it('dates in a list are YYYY-MM-DD HH:mm', async () => {
    await page.context().clearCookies();
    await logIn(page, 'admin');
    await page.goto('/audit');
    const header = page.getByRole('columnheader', { name: text.audit.at });
    await header.waitFor();
    const column = await header.evaluate((th) =>
      [...(th.parentElement?.children ?? [])].indexOf(th),
    );
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    const cells = await rows.locator(`td:nth-child(${column + 1})`).allInnerTexts();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.trim()).toMatch(DATE_OR_DATE_TIME);
  }, 90_000);
});
