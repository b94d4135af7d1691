/**
 * The six ones in the browser (issue 12): the demo cadre writes his open letter, his unit's
 * secretary approves it from 待我审核, the office approves and publishes it and records a delivery,
 * the board shows his 公开信 done, and a citizen reads the letter on a phone in large-font mode.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { zhCN as publicText } from '../../web/public/i18n/zh-CN.ts';
import {
  baseURL,
  logIn,
  pickOption,
  screenshot,
  switchTo,
  useBrowserPage,
  viewports,
} from './support/browser.ts';

const d = text.documents;
const wf = text.workflow;
/** unique per run: the server may have been used by an earlier run */
const title = `致联系点乡亲们的一封信${Date.now().toString(36)}`;
const body =
  '亲爱的乡亲们：\n\n我是你们的联系干部。\n\n- 每月到村里住几天\n- **有事请找我**\n\n<script>alert(1)</script>';

/** Takes a step offered in the drawer's 办理 card, through its dialog. */
async function takeStep(page: Page, label: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: wf.submit.replace('{action}', label) }).click();
  await page.locator('.ant-message').getByText(wf.done.replace('{action}', label)).waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

/** From 待我审核, opens the letter (its drawer on the 公开信 page). */
async function openFromQueue(page: Page) {
  await page.goto('/reviews');
  await page.getByRole('heading', { name: d.reviews.title }).waitFor();
  const row = page.locator('.ant-table-row').filter({ hasText: title });
  await row.getByRole('button', { name: d.reviews.open }).click();
  await page.waitForURL('**/letters?id=*');
  await page.getByRole('dialog', { name: title }).waitFor();
}

describe.skipIf(!baseURL)('六个一: an open letter from draft to the citizens’ phone', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'six-ones' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('lets the cadre write his letter and submit it', async () => {
    await logIn(page, 'cadre');
    await page.goto('/letters');
    await page.getByRole('heading', { name: d.letter.title }).waitFor();
    await page.getByRole('button', { name: d.letter.create }).click();
    const form = page.getByRole('dialog', { name: d.letter.createTitle });
    await form.waitFor();
    // an empty title is refused in words under the field
    await form.getByRole('button', { name: text.common.save }).click();
    await form.getByText(d.letter.titleRequired).waitFor();
    await form.getByLabel(d.letter.titleLabel).fill(title);
    await form.getByLabel(d.letter.body, { exact: true }).fill(body);
    await form.getByRole('button', { name: text.common.save }).click();
    await form.waitFor({ state: 'hidden' });
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.waitFor();
    // the markup is rendered: a list item, bold, and the script as text
    await drawer.getByText('每月到村里住几天').waitFor();
    await drawer.locator('strong').getByText('有事请找我').waitFor();
    await drawer.getByText('<script>alert(1)</script>').waitFor();
    await takeStep(page, '提交审核');
    await drawer.locator('.ant-tag').getByText('已提交').waitFor();
    await drawer.getByText('单位审核').first().waitFor();
    await screenshot(page, 'six-ones-letter-submitted.png');
  });

  it('lets his unit approve it from 待我审核, then the office approve and publish it', async () => {
    await switchTo(page, 'unit');
    await openFromQueue(page);
    await takeStep(page, '审核通过');
    await page.getByRole('dialog', { name: title }).getByText('活动办审核').first().waitFor();

    await switchTo(page, 'office');
    await openFromQueue(page);
    await takeStep(page, '审核通过');
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.locator('.ant-tag').getByText('已通过').waitFor();
    // 发布 is asked once more
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '发布' });
    await confirm.getByText(wf.confirm.replace('{action}', '发布')).waitFor();
    await confirm.getByRole('button', { name: wf.submit.replace('{action}', '发布') }).click();
    await drawer.locator('.ant-tag').getByText('已发布').waitFor();
    await screenshot(page, 'six-ones-letter-published.png');
  });

  it('records the delivery to a contact point, and the board shows the letter done', async () => {
    const drawer = page.getByRole('dialog', { name: title });
    const letters = await page.request.get(`/api/letters?q=${encodeURIComponent(title)}`);
    const letter = (await letters.json()).items[0] as { cadreId: string; cadreName: string };
    const before = await (await page.request.get(`/api/cadres/${letter.cadreId}/six-ones`)).json();
    expect(before.items.find((i: { key: string }) => i.key === 'letter').done).toBe(false);

    await drawer.getByRole('button', { name: d.letter.deliver }).click();
    const form = page.getByRole('dialog', { name: d.letter.deliverTitle });
    await form.waitFor();
    // the date starts at today
    await form.getByLabel(d.letter.contactPoint).click();
    await pickOption(page, '');
    await form.getByLabel(d.letter.copies).fill('60');
    await form.getByRole('button', { name: text.common.save }).click();
    await form.waitFor({ state: 'hidden' });
    await drawer
      .getByText(d.letter.totals.replace('{copies}', '60').replace('{points}', '1'))
      .waitFor();

    const after = await (await page.request.get(`/api/cadres/${letter.cadreId}/six-ones`)).json();
    expect(after.items.find((i: { key: string }) => i.key === 'letter').done).toBe(true);
    await page.goto(`/six-ones?q=${encodeURIComponent(letter.cadreName)}`);
    const row = page.locator('.ant-table-row').filter({ hasText: letter.cadreName }).first();
    await row.waitFor();
    const board = await (
      await page.request.get(`/api/six-ones?q=${encodeURIComponent(letter.cadreName)}`)
    ).json();
    const mine = board.items.find((r: { cadreId: string }) => r.cadreId === letter.cadreId);
    expect(mine.items.find((i: { key: string }) => i.key === 'letter').done).toBe(true);
    await row.getByText(`${mine.done}/6`).waitFor();
    await screenshot(page, 'six-ones-board-after.png');
  });
});

describe.skipIf(!baseURL)('六个一: the citizen reads the published letter', () => {
  const browser = useBrowserPage({ viewport: viewports.phone, failurePrefix: 'six-ones-public' });
  it('lists it on /public/letters and shows it in large-font mode, the script as text', async () => {
    const page = browser.page();
    const p = publicText.letters;
    await page.goto('/public/');
    await page.getByRole('link', { name: new RegExp(p.homeLink) }).click();
    await page.getByRole('heading', { name: p.title }).waitFor();
    await page.getByRole('button', { name: publicText.app.largeFontOff }).click();
    await page.getByRole('button', { name: publicText.app.largeFontOn, pressed: true }).waitFor();
    await page.getByRole('link', { name: new RegExp(title) }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('每月到村里住几天').waitFor();
    await page.getByText('<script>alert(1)</script>').waitFor();
    const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'six-ones-public-letter-large.png');
  });
});
