import { describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, logIn, screenshot, usePage, viewports } from './support/browser.ts';

/** The office finds households registered twice across units (to merge); a cadre has no such filter. */
describe.skipIf(!baseURL)('住户: 只看重复身份证号', () => {
  const page = usePage({ viewport: viewports.desktop, failurePrefix: 'hh-duplicates' });

  it('the office filters the list to duplicated ID numbers', async () => {
    await logIn(page, 'office');
    await page.goto('/households');
    await page.getByRole('row').nth(1).waitFor();
    const asked = page.waitForRequest((r) => r.url().includes('duplicateIdNumber=true'));
    await page.getByRole('checkbox', { name: text.households.duplicatesOnly }).check();
    const response = await (await asked).response();
    expect(response?.status()).toBe(200);
    // the demo registers no number twice: the list says so
    await page.getByText(text.households.empty).waitFor();
    await screenshot(page, 'households-duplicates.png');
  }, 60_000);

  it('a cadre is not offered the filter', async () => {
    await page.context().clearCookies();
    await logIn(page, 'cadre');
    await page.goto('/households');
    await page.getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('checkbox', { name: text.households.duplicatesOnly }).count()).toBe(
      0,
    );
  }, 60_000);
});
