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

const admin = { username: 'admin', password: 'tiexin2014' };
const desktop = { width: 1366, height: 900 };
const phone = { width: 390, height: 844 };

/** A demo unit with one sub-unit, and units the new account must not see. */
const unit = '农业综合执法支队';
const subUnit = '执法支队党支部';
const notInScope = ['萍乡市农业局', '农业技术推广中心'];

/** An account no earlier run has made. */
const suffix = Date.now().toString(36).slice(-6);
const account = {
  username: `zf.${suffix}`,
  name: `执法支队管理员${suffix}`,
  password: 'Zhifa2014',
};
const newPassword = 'Zhifa2015x';
/** A demo cadre of the unit, for a 党员干部 account. */
const linkedCadre = '侯勇';

async function login(page: Page, username: string, password: string): Promise<void> {
  await submitLogin(page, username, password);
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page.getByRole('button', { name: text.auth.logout }).waitFor();
}

async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: text.auth.logout }).click();
  await page.waitForURL('**/login');
}

describe.skipIf(!baseURL)('account management', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'users' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('lists the accounts for the system admin', async () => {
    await login(page, admin.username, admin.password);
    await page.getByRole('menuitem', { name: text.users.menu }).click();
    await page.waitForURL('**/users');
    await page.getByRole('heading', { name: text.users.title }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await screenshot(page, 'users.png');
    // the demo has more accounts than a page holds: the unit's admin is found by name
    await page.getByPlaceholder(text.users.searchPlaceholder).fill('推广中心党支部书记');
    await page.getByPlaceholder(text.users.searchPlaceholder).press('Enter');
    const unitRow = page.getByRole('row').filter({ hasText: '推广中心党支部书记' });
    await unitRow.waitFor();
    expect(await unitRow.textContent()).toContain(text.roles.unit_admin);
    expect(await unitRow.textContent()).toContain(text.users.statuses.normal);
  }, 60_000);

  it('shows the Chinese password rule for a weak password', async () => {
    await page.getByRole('button', { name: text.users.create }).click();
    const dialog = page.getByRole('dialog', { name: text.users.createTitle });
    await dialog.waitFor();
    await dialog.getByLabel(text.users.username, { exact: true }).fill(account.username);
    await dialog.getByLabel(text.users.name, { exact: true }).fill(account.name);
    await dialog.getByLabel(text.users.role, { exact: true }).click();
    await pickOption(page, text.roles.unit_admin);
    // a unit admin must have a unit: the unit field appears and is required
    await dialog.getByRole('button', { name: text.common.save }).click();
    await dialog.getByText(text.users.orgRequired).waitFor();

    await dialog.getByLabel(text.users.password, { exact: true }).fill('abc12');
    await dialog.getByText(text.users.passwordTooShort).waitFor();
    await dialog.getByLabel(text.users.password, { exact: true }).fill('12345678');
    await dialog.getByText(text.users.passwordNeedsLetter).waitFor();
    await dialog.getByText(text.users.passwordRule).waitFor();
    await screenshot(page, 'users-weak-password.png');
  }, 60_000);

  it('creates a unit admin account for a unit', async () => {
    const dialog = page.getByRole('dialog', { name: text.users.createTitle });
    await dialog.getByLabel(text.users.org, { exact: true }).click();
    await page.getByRole('tree').getByTitle(unit, { exact: true }).click();
    await dialog.getByLabel(text.users.password, { exact: true }).fill(account.password);
    await dialog.getByRole('button', { name: text.common.save }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByPlaceholder(text.users.searchPlaceholder).fill(account.username);
    await page.getByPlaceholder(text.users.searchPlaceholder).press('Enter');
    const rows = page.getByRole('row').filter({ hasText: account.username });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain(account.name);
    expect(row).toContain(text.roles.unit_admin);
    expect(row).toContain(unit);
    expect(row).toContain(text.users.statuses.normal);
    await screenshot(page, 'users-created.png');
  }, 60_000);

  it('refuses a second account with the same user name', async () => {
    await page.getByRole('button', { name: text.users.create }).click();
    const dialog = page.getByRole('dialog', { name: text.users.createTitle });
    await dialog.waitFor();
    await dialog.getByLabel(text.users.username, { exact: true }).fill(account.username);
    await dialog.getByLabel(text.users.name, { exact: true }).fill('重名');
    await dialog.getByLabel(text.users.role, { exact: true }).click();
    await pickOption(page, text.roles.inspector);
    await dialog.getByLabel(text.users.password, { exact: true }).fill(account.password);
    await dialog.getByRole('button', { name: text.common.save }).click();
    // the server's DUPLICATE message, under the user name
    await dialog.getByText('已存在').waitFor();
    await screenshot(page, 'users-duplicate.png');
    await dialog.getByRole('button', { name: text.common.cancel }).click();
    await dialog.waitFor({ state: 'hidden' });
  }, 60_000);

  it('creates a cadre account linked to a cadre of the unit', async () => {
    await page.getByRole('button', { name: text.users.create }).click();
    const dialog = page.getByRole('dialog', { name: text.users.createTitle });
    await dialog.waitFor();
    await dialog.getByLabel(text.users.username, { exact: true }).fill(`gb.${suffix}`);
    await dialog.getByLabel(text.users.name, { exact: true }).fill(linkedCadre);
    await dialog.getByLabel(text.users.role, { exact: true }).click();
    await pickOption(page, text.roles.cadre);
    await dialog.getByLabel(text.users.org, { exact: true }).click();
    await page.getByRole('tree').getByTitle(unit, { exact: true }).click();
    await dialog.getByLabel(text.users.password, { exact: true }).fill(account.password);
    // a cadre account must name its cadre
    await dialog.getByRole('button', { name: text.common.save }).click();
    await dialog.getByText(text.users.cadreRequired).waitFor();
    // the cadre is searched on the server among the unit's own cadres
    await dialog.getByLabel(text.users.cadre, { exact: true }).fill(linkedCadre);
    await page
      .getByTitle(new RegExp(`^${linkedCadre}`))
      .first()
      .click();
    await dialog.getByRole('button', { name: text.common.save }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByPlaceholder(text.users.searchPlaceholder).fill(`gb.${suffix}`);
    await page.getByPlaceholder(text.users.searchPlaceholder).press('Enter');
    const row = page.getByRole('row').filter({ hasText: `gb.${suffix}` });
    await row.getByText(text.roles.cadre, { exact: true }).waitFor();
    expect(await row.getByRole('cell', { name: linkedCadre, exact: true }).count()).toBe(2);
    await page.getByPlaceholder(text.users.searchPlaceholder).fill(account.username);
    await page.getByPlaceholder(text.users.searchPlaceholder).press('Enter');
    await page.getByRole('row').filter({ hasText: account.username }).waitFor();
  }, 60_000);

  it('fits the account list on a phone', async () => {
    await page.setViewportSize(phone);
    await page.getByRole('heading', { name: text.users.title }).waitFor();
    await screenshot(page, 'users-phone.png');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(phone.width);
    await page.setViewportSize(desktop);
  }, 60_000);

  it('lets the new account see only its own unit and sub-units', async () => {
    await logout(page);
    await login(page, account.username, account.password);
    await page.getByText(text.roles.unit_admin, { exact: true }).waitFor();
    // not an admin: no 账号管理 in the menu, and the page itself is refused
    expect(await page.getByRole('menuitem', { name: text.users.menu }).count()).toBe(0);

    await page.goto('/orgs');
    const tree = page.getByRole('tree');
    await tree.waitFor();
    await tree.getByText(unit, { exact: true }).waitFor();
    await tree.getByText(subUnit, { exact: true }).waitFor();
    for (const name of notInScope) {
      expect(await tree.getByText(name, { exact: true }).count()).toBe(0);
    }
    await screenshot(page, 'users-new-account-orgs.png');

    await page.goto('/users');
    await page.getByText(text.app.forbidden).waitFor();
  }, 60_000);

  it('shows 登录设备 in the password dialog and ends another device after a confirmation', async () => {
    // a second login of the same account, from another "device" (its own cookie jar)
    await fetch(`${baseURL}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'OtherDevice/1.0' },
      body: JSON.stringify({ username: account.username, password: account.password }),
    });
    await page.getByRole('button', { name: text.users.changePassword }).click();
    const dialog = page.getByRole('dialog', { name: text.users.changePasswordTitle });
    await dialog.waitFor();
    const devices = dialog.getByRole('region', { name: text.users.sessions });
    await devices.getByText(text.users.sessionCurrent).waitFor();
    await devices.getByText('OtherDevice/1.0').waitFor();
    await screenshot(page, 'users-sessions.png');
    await devices.getByRole('button', { name: text.users.sessionEnd }).click();
    await page.getByText(text.users.sessionEndConfirm).waitFor();
    await screenshot(page, 'users-sessions-confirm.png');
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: text.users.sessionEnd })
      .click();
    await page.getByText(text.users.sessionEnded).waitFor();
    await devices.getByText('OtherDevice/1.0').waitFor({ state: 'detached' });
    expect(await devices.getByRole('button', { name: text.users.sessionEnd }).count()).toBe(0);
    await dialog.getByRole('button', { name: text.common.cancel }).click();
    await dialog.waitFor({ state: 'hidden' });
  }, 60_000);

  it('changes the own password from the header', async () => {
    await page.getByRole('button', { name: text.users.changePassword }).click();
    const dialog = page.getByRole('dialog', { name: text.users.changePasswordTitle });
    await dialog.waitFor();
    await dialog.getByLabel(text.users.currentPassword, { exact: true }).fill('wrong-password1');
    await dialog.getByLabel(text.users.newPassword, { exact: true }).fill(newPassword);
    await dialog.getByLabel(text.users.confirmPassword, { exact: true }).fill(`${newPassword}!`);
    await dialog.getByRole('button', { name: text.common.save }).click();
    await dialog.getByText(text.users.passwordMismatch).waitFor();

    await dialog.getByLabel(text.users.confirmPassword, { exact: true }).fill(newPassword);
    await dialog.getByRole('button', { name: text.common.save }).click();
    // the server's WRONG_PASSWORD message, under the current password
    await dialog.getByText('当前密码不正确').waitFor();
    await screenshot(page, 'users-change-password-wrong.png');

    await dialog.getByLabel(text.users.currentPassword, { exact: true }).fill(account.password);
    await dialog.getByRole('button', { name: text.common.save }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(text.users.passwordChanged).waitFor();
    await screenshot(page, 'users-change-password-done.png');

    await logout(page);
    await login(page, account.username, newPassword);
    await logout(page);
  }, 60_000);

  it('unlocks an account locked after repeated wrong passwords', async () => {
    for (let i = 0; i < 5; i++) {
      await page.context().request.post('/api/auth/login', {
        data: { username: account.username, password: 'wrong-password1' },
      });
    }
    await login(page, admin.username, admin.password);
    await page.goto('/users');
    await page.getByPlaceholder(text.users.searchPlaceholder).fill(account.username);
    await page.getByPlaceholder(text.users.searchPlaceholder).press('Enter');
    const row = page.getByRole('row').filter({ hasText: account.username });
    await row.getByText(text.users.statuses.locked).waitFor();
    await screenshot(page, 'users-locked.png');
    await row.getByRole('button', { name: text.users.unlock }).click();
    await page.getByRole('button', { name: text.common.confirm }).click();
    await row.getByText(text.users.statuses.normal).waitFor();
    expect(await row.getByRole('button', { name: text.users.unlock }).count()).toBe(0);
  }, 60_000);

  it('disables the account so it can no longer log in', async () => {
    const row = page.getByRole('row').filter({ hasText: account.username });
    await row.getByRole('button', { name: text.users.disable }).click();
    await page.getByRole('button', { name: text.common.confirm }).click();
    await row.getByText(text.users.statuses.disabled).waitFor();
    await row.getByRole('button', { name: text.users.enable }).waitFor();
    await screenshot(page, 'users-disabled.png');

    await logout(page);
    await page.getByLabel(text.auth.username).fill(account.username);
    await page.getByLabel(text.auth.password).fill(newPassword);
    await page.getByRole('button', { name: text.auth.login }).click();
    await page.getByRole('alert').getByText('账号已停用，请联系系统管理员').waitFor();
  }, 60_000);
});
