import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, screenshot, submitLogin, useBrowserPage, viewports } from './support/browser.ts';

/** The title is set once the page's script has run: wait for it, then compare. */
async function titled(page: Page, expected: string) {
  await page
    .waitForFunction((t) => document.title === t, expected, { timeout: 5000 })
    .catch(() => {});
  expect(await page.title()).toBe(expected);
}

/** Every page says where the user is: the browser tab's title and the breadcrumb. */
describe.skipIf(!baseURL)('page titles and breadcrumbs', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'navigation' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('the login page and every page of the side menu have their title and crumbs', async () => {
    await page.goto('/login');
    await titled(page, `${text.app.login} · 贴心人`);
    await submitLogin(page, 'admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    const pages: [string, string, string[]][] = [
      ['/orgs', text.menu.orgs, [text.app.home, text.menu.orgs]],
      [
        '/households',
        text.households.menu.households,
        [text.app.home, text.households.menu.group, text.households.menu.households],
      ],
      ['/cases', text.cases.menu, [text.app.home, text.cases.menu]],
      ['/campaigns', text.campaigns.menu, [text.app.home, text.campaigns.menu]],
      ['/audit', text.menu.audit, [text.app.home, text.menu.audit]],
      ['/outbox', text.outbox.menu, [text.app.home, text.outbox.menu]],
    ];
    for (const [path, title, crumbs] of pages) {
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: text.app.breadcrumb });
      await nav.getByText(title, { exact: true }).waitFor();
      await titled(page, `${title} · 贴心人`);
      const shown = (await nav.locator('li').allInnerTexts())
        .map((s) => s.replace('/', '').trim())
        .filter(Boolean);
      expect(shown, path).toEqual(crumbs);
    }
    // a case page sits under its list, and the crumb leads back to it
    await page.goto('/cases');
    await page.locator('a[href^="/cases/"]').first().click();
    await page.waitForURL('**/cases/*');
    await titled(page, `${text.app.caseDetail} · 贴心人`);
    await screenshot(page, 'breadcrumb-case.png');
    await page
      .getByRole('navigation', { name: text.app.breadcrumb })
      .getByRole('link', { name: text.cases.menu })
      .click();
    await page.waitForURL((url) => url.pathname === '/cases');
  }, 90_000);
});
