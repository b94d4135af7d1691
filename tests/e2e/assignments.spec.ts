/**
 * 任务进展 (/assignments): the filters a link of 首页 brings (only overdue, a status) are shown,
 * and a change of a filter is written back to the address, so a reload or a shared link shows the
 * same list (the list kit's `useList`, as every other list page).
 */
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import {
  baseURL,
  logIn,
  pickOption,
  screenshot,
  useBrowserPage,
  viewports,
} from './support/browser.ts';

const a = text.campaigns.assignments;
const isList = (r: Request) =>
  new URL(r.url()).pathname === '/api/assignments' && r.method() === 'GET';
const params = (page: Page) => new URL(page.url()).searchParams;

describe.skipIf(!baseURL)('任务进展 keeps its filters in the address', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'assignments' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('writes a changed filter back to the address, and a reload shows the same list', async () => {
    await logIn(page, 'office');
    // as 首页's 逾期 figure opens it
    const first = page.waitForRequest(isList);
    await page.goto('/assignments?overdue=true');
    expect(new URL((await first).url()).searchParams.get('overdue')).toBe('true');
    const overdue = page.getByRole('switch', { name: a.overdueOnly });
    expect(await overdue.isChecked()).toBe(true);

    // 只看逾期 off: the address forgets it, and the list is asked without it
    let next = page.waitForRequest(
      (r) => isList(r) && !new URL(r.url()).searchParams.has('overdue'),
    );
    await overdue.click();
    await next;
    await expect.poll(() => params(page).has('overdue'), { timeout: 10_000 }).toBe(false);

    // a status: in the address and in the request
    next = page.waitForRequest(
      (r) => isList(r) && new URL(r.url()).searchParams.get('status') === 'in_progress',
    );
    await page.getByLabel(a.filterStatus, { exact: true }).click();
    await pickOption(page, a.statuses.in_progress);
    await next;
    await expect.poll(() => params(page).get('status'), { timeout: 10_000 }).toBe('in_progress');

    // only overdue again, with the status kept
    await overdue.click();
    await expect.poll(() => params(page).get('overdue'), { timeout: 10_000 }).toBe('true');
    expect(params(page).get('status')).toBe('in_progress');
    await screenshot(page, 'assignments-filters.png');

    // a reload (or the address shared) shows the same filters and asks for the same list
    const again = page.waitForRequest(isList);
    await page.reload();
    const query = new URL((await again).url()).searchParams;
    expect(query.get('status')).toBe('in_progress');
    expect(query.get('overdue')).toBe('true');
    expect(await page.getByRole('switch', { name: a.overdueOnly }).isChecked()).toBe(true);
    await page
      .locator('.ant-select')
      .filter({ has: page.getByLabel(a.filterStatus, { exact: true }) })
      .getByText(a.statuses.in_progress)
      .waitFor();

    // the search too; the back button steps back through the changes, the box with it
    const search = page.getByLabel(a.searchPlaceholder, { exact: true });
    await search.fill('下访听诉');
    await search.press('Enter');
    await expect.poll(() => params(page).get('q'), { timeout: 10_000 }).toBe('下访听诉');
    await page.goBack();
    await expect.poll(() => params(page).has('q'), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => search.inputValue(), { timeout: 10_000 }).toBe('');
    await page.goBack();
    await expect.poll(() => params(page).has('overdue'), { timeout: 10_000 }).toBe(false);
    expect(await page.getByRole('switch', { name: a.overdueOnly }).isChecked()).toBe(false);
    await screenshot(page, 'assignments-filters-back.png');
  }, 90_000);
});
