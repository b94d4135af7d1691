/**
 * 学习资料 in the browser (issue 13 §1): the office registers a reader (a wrong link refused in
 * words), sends it to 推广中心 (more than the copies refused under the field), the unit's admin
 * confirms the receipt, the demo cadre marks 《本色》 studied, and the office's 一键提醒 says how
 * many it will remind before it sends.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import {
  baseURL,
  logIn,
  screenshot,
  switchTo,
  useBrowserPage,
  viewports,
} from './support/browser.ts';

const m = text.materials;
/** unique per run: the server may have been used by an earlier run */
const title = `学习龚全珍读本${Date.now().toString(36)}`;
const UNIT = '农业技术推广中心';

async function openList(page: Page, q: string) {
  await page.goto(`/materials?q=${encodeURIComponent(q)}`);
  await page.getByRole('heading', { name: m.title }).waitFor();
  const row = page.locator('.ant-table-row').filter({ hasText: q }).first();
  await row.waitFor();
  return row;
}

describe.skipIf(!baseURL)('学习资料: registered, sent, confirmed, studied, reminded', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'materials' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('lets the office register a reader, refusing a wrong link in words', async () => {
    await logIn(page, 'office');
    await page.goto('/materials');
    await page.getByRole('heading', { name: m.title }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: m.create }).click();
    const form = page.getByRole('dialog', { name: m.createTitle });
    await form.waitFor();
    await form.getByRole('button', { name: text.common.save }).click();
    await form.getByText(m.nameRequired).waitFor();
    await form.getByLabel(m.name).fill(title);
    await form.getByLabel(m.copies).fill('10');
    await form.getByLabel(m.link).fill('javascript:alert(1)');
    await form.getByRole('button', { name: text.common.save }).click();
    await form.getByText(m.linkInvalid).waitFor();
    await screenshot(page, 'materials-form-refused.png');
    await form.getByLabel(m.link).fill('');
    await form.getByRole('button', { name: text.common.save }).click();
    await form.waitFor({ state: 'hidden' });
    await openList(page, title);
  });

  it('sends it to a unit, refusing more than the copies under the field', async () => {
    const row = await openList(page, title);
    await row.getByRole('button', { name: m.actions.distributions }).click();
    const drawer = page.getByRole('dialog', { name: m.drawer.title.replace('{title}', title) });
    await drawer.waitFor();
    await drawer.getByText(m.drawer.empty).waitFor();
    await drawer.getByRole('button', { name: m.send.button }).click();
    const form = page.getByRole('dialog', { name: m.send.title.replace('{title}', title) });
    await form.waitFor();
    // the tree is long: its search finds the unit
    await form.getByLabel(m.send.orgs).fill(UNIT);
    await page
      .locator('.ant-select-tree-node-content-wrapper')
      .filter({ hasText: UNIT })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await form.getByLabel(m.send.quantity).fill('12');
    await form.getByRole('button', { name: m.send.ok }).click();
    await form.getByText('超出了可发份数').waitFor();
    await form.getByLabel(m.send.quantity).fill('4');
    await form.getByRole('button', { name: m.send.ok }).click();
    await form.waitFor({ state: 'hidden' });
    const sent = drawer.locator('.ant-table-row').filter({ hasText: UNIT });
    await sent.getByText(m.drawer.pending).waitFor();
    await screenshot(page, 'materials-sent.png');
  });

  it("lets the unit's admin confirm the receipt once", async () => {
    await switchTo(page, 'unit');
    const row = await openList(page, title);
    await row.getByRole('button', { name: m.actions.distributions }).click();
    const drawer = page.getByRole('dialog', { name: m.drawer.title.replace('{title}', title) });
    const sent = drawer.locator('.ant-table-row').filter({ hasText: UNIT });
    await sent.getByRole('button', { name: m.drawer.confirm }).click();
    const form = page.getByRole('dialog', { name: m.receipt.title.replace('{org}', UNIT) });
    await form.waitFor();
    await form.getByLabel(m.receipt.quantity).fill('3');
    await form.getByLabel(m.receipt.note).fill('一本装订有误，已退回');
    await form.getByRole('button', { name: m.receipt.ok }).click();
    await form.waitFor({ state: 'hidden' });
    await sent.getByText(m.drawer.received).waitFor();
    await sent.getByText('一本装订有误，已退回').waitFor();
    expect(await sent.getByRole('button', { name: m.drawer.confirm }).count()).toBe(0);
    await screenshot(page, 'materials-confirmed.png');
  });

  it('lets the demo cadre mark an online material studied', async () => {
    await switchTo(page, 'cadre');
    const row = await openList(page, '广播剧《本色》');
    const mark = row.getByRole('button', { name: m.actions.markStudied });
    // an earlier run on the same server may have marked it already
    if (await mark.count()) {
      await mark.click();
      await page.locator('.ant-message').getByText(m.actions.studied).waitFor();
    }
    await row.getByText(/^已学 /).waitFor();
    await row.getByRole('button', { name: m.actions.study }).waitFor();
    await screenshot(page, 'materials-cadre.png');
  });

  it('asks the office before reminding the units that have not confirmed, and says what it sent', async () => {
    await switchTo(page, 'office');
    await page.goto('/materials');
    await page.getByRole('heading', { name: m.title }).waitFor();
    const counts = await (
      await page.request.post('/api/materials/reminders', {
        data: { dryRun: true },
        headers: { 'x-csrf-token': await csrf(page) },
      })
    ).json();
    await page.getByRole('button', { name: m.remind.button }).click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor();
    if (counts.due > 0) {
      await dialog
        .getByText(
          m.remind.confirm
            .replace('{units}', String(counts.units))
            .replace('{due}', String(counts.due)),
        )
        .waitFor();
      await screenshot(page, 'materials-remind-asked.png');
      await dialog.getByRole('button', { name: m.remind.button }).click();
      await page
        .locator('.ant-modal-confirm')
        .getByText(/已发送 \d+ 条提醒/)
        .waitFor();
    } else {
      await dialog.getByText(/今天都已提醒过|都已签收/).waitFor();
    }
    await screenshot(page, 'materials-remind-done.png');
  });
});

/** The CSRF token of the session, as the app keeps it (GET /api/auth/me answers it). */
async function csrf(page: Page): Promise<string> {
  const me = await (await page.request.get('/api/auth/me')).json();
  return me.csrfToken ?? '';
}
