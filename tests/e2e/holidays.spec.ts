import { describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, logIn, screenshot, usePage, viewports } from './support/browser.ts';

describe.skipIf(!baseURL)('holiday calendar (节假日)', () => {
  const page = usePage({ viewport: viewports.desktop, failurePrefix: 'holidays' });

  it('the office sees the 2026 calendar, adds a day and deletes it again', async () => {
    await logIn(page, 'office');
    await page.getByRole('menuitem', { name: text.holidays.menu }).click();
    await page.waitForURL('**/holidays');
    await page.getByLabel(text.holidays.year).fill('2026');
    await page.getByLabel(text.holidays.year).press('Enter');
    await page.getByRole('cell', { name: '2026-10-01' }).waitFor();
    await page.getByRole('cell', { name: '国庆节调休上班' }).first().waitFor();

    await page.getByRole('button', { name: text.holidays.create }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(text.holidays.date).fill('2026-12-24');
    await dialog.getByLabel(text.holidays.date).press('Enter');
    await dialog.getByLabel(text.holidays.name).fill('测试假日');
    await dialog.getByRole('button', { name: text.common.save }).click();
    const row = page.getByRole('row', { name: /2026-12-24/ });
    await row.getByText('测试假日').waitFor();
    await screenshot(page, 'holidays.png');

    await row.getByRole('button', { name: text.common.delete }).click();
    await page.getByRole('button', { name: text.common.confirm }).click();
    await page.getByText(text.holidays.deleted).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await page.getByRole('cell', { name: '2026-12-24' }).count()).toBe(0);
  }, 90_000);
});
