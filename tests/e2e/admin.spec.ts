import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, screenshot, submitLogin, useBrowserPage, viewports } from './support/browser.ts';

const demoUser = { username: 'unit', password: 'tiexin2014' };
const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

/** A name no earlier run has used, so the search must find exactly this cadre. */
const cadreName = `测试干部${Date.now().toString(36).slice(-5).toUpperCase()}`;

async function login(page: Page): Promise<void> {
  await submitLogin(page, demoUser.username, demoUser.password);
  await page.waitForURL('**/dashboard');
}

describe.skipIf(!baseURL)('admin web app', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'admin' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('shows the server message in words for a wrong password', async () => {
    await page.goto('/login');
    await page.getByLabel(text.auth.username).fill(demoUser.username);
    await page.getByLabel(text.auth.password).fill('wrong-password');
    await page.getByRole('button', { name: text.auth.login }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBeTruthy();
    await screenshot(page, 'login-error.png');
  }, 60_000);

  it('logs in as a unit admin and shows the user in the header', async () => {
    await login(page);
    await page.getByText(text.roles.unit_admin, { exact: true }).waitFor();
    await page.getByRole('button', { name: text.auth.logout }).waitFor();
    // A unit admin may not read the audit log, so the menu has no entry for it.
    await page.getByRole('menuitem', { name: text.menu.cadres }).waitFor();
    expect(await page.getByRole('menuitem', { name: text.menu.audit }).count()).toBe(0);
  }, 60_000);

  it('shows the organisation tree and filters it with the search box', async () => {
    await page.getByRole('menuitem', { name: text.menu.orgs }).click();
    await page.waitForURL('**/orgs');
    const tree = page.getByRole('tree');
    await tree.waitFor();
    const nodes = tree.getByRole('treeitem');
    await nodes.first().waitFor();
    expect(await nodes.count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: text.orgs.title }).waitFor();
    await page.getByRole('button', { name: text.orgs.addChild }).waitFor();
    await screenshot(page, 'orgs.png');

    const firstName = (await nodes.first().textContent())?.trim() ?? '';
    expect(firstName).not.toBe('');
    await page.getByPlaceholder(text.orgs.searchPlaceholder).fill(firstName);
    await tree.getByText(firstName, { exact: true }).first().waitFor();
    await page.getByPlaceholder(text.orgs.searchPlaceholder).fill('不存在的单位名称');
    await page.getByText(text.orgs.empty).waitFor();
  }, 60_000);

  it('rejects a bad phone number with a Chinese message', async () => {
    await page.getByRole('menuitem', { name: text.menu.cadres }).click();
    await page.waitForURL('**/cadres');
    await page.getByRole('button', { name: text.cadres.create }).click();
    const dialog = page.getByRole('dialog', { name: text.cadres.createTitle });
    await dialog.waitFor();
    await dialog.getByLabel(text.cadres.name, { exact: true }).fill(cadreName);
    await dialog.getByLabel(text.cadres.phone, { exact: true }).fill('12345');
    await dialog.getByRole('button', { name: text.common.save }).click();
    await dialog.getByText(text.cadres.phoneInvalid).waitFor();
    await screenshot(page, 'cadre-form-invalid.png');
  }, 60_000);

  it('creates a cadre and finds it with the search box', async () => {
    const dialog = page.getByRole('dialog', { name: text.cadres.createTitle });
    const mobile = `139${String(Date.now()).slice(-8)}`;
    await dialog.getByLabel(text.cadres.phone, { exact: true }).fill(mobile);
    await dialog.getByLabel(text.cadres.post, { exact: true }).fill('科员');
    await dialog.getByRole('button', { name: text.common.save }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByPlaceholder(text.cadres.searchPlaceholder).fill(cadreName);
    await page.getByPlaceholder(text.cadres.searchPlaceholder).press('Enter');
    const rows = page.getByRole('row').filter({ hasText: cadreName });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(mobile);
    await screenshot(page, 'cadres.png');
  }, 60_000);

  it('fits the cadre list on a phone', async () => {
    await page.setViewportSize(phone);
    await page.goto('/cadres');
    await page.getByRole('heading', { name: text.cadres.title }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await screenshot(page, 'cadres-phone.png');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(phone.width);
    await page.setViewportSize(desktop);
  }, 60_000);
});
