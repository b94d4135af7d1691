/**
 * 学习讨论 and 一线服务 in the browser (issue 13 §3, §4): a unit's secretary replies in the
 * bureau-wide thread; the demo cadre opens it, has an over-long reply refused in words, replies,
 * and reports the secretary's reply; the office finds it under 待审核 and restores it. Then the
 * cadre records a day of volunteer service, bad hours refused first.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { logIn, screenshot, switchTo, useBrowserPage, viewports } from './support/browser.ts';

const d = text.discussion;
const s = text.serviceRecords;
const wf = text.workflow;
const THREAD = '学习龚全珍，我该怎么做？大家都来谈谈';
/** unique per run: the server may have been used by an earlier run */
const run = Date.now().toString(36);
const theirReply = `我们支部下周组织观看《老阿姨》，欢迎大家参加（${run}）`;
const myReply = `我给自己定个目标：每月到腊市村住两天，把乡亲们的事记在本子上（${run}）`;

/** Opens the walk-through's thread from the list, in its drawer. */
async function openThread(page: Page): Promise<Locator> {
  await page.goto(`/discussion?q=${encodeURIComponent(THREAD)}`);
  await page.getByRole('button', { name: THREAD }).first().click();
  const drawer = page.getByRole('dialog', { name: d.view });
  await drawer.getByRole('heading', { name: THREAD }).waitFor();
  return drawer;
}

/** The replies' last page (new replies are there). */
async function lastPage(drawer: Locator) {
  const items = drawer.locator('.ant-pagination-item');
  if ((await items.count()) > 0) await items.last().click();
}

describe.skipIf(!process.env.E2E_BASE_URL)('学习讨论: reply, report, restore', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'discussion' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('lets the unit secretary reply in the bureau-wide thread', async () => {
    await logIn(page, 'unit');
    const drawer = await openThread(page);
    await drawer.getByLabel(d.reply).fill(theirReply);
    await drawer.getByRole('button', { name: d.replySend }).click();
    await page.locator('.ant-message').getByText(d.replySent).waitFor();
    await drawer.getByText(theirReply).waitFor();
  });

  it('lets the cadre reply (an over-long one refused in words) and report a reply', async () => {
    await switchTo(page, 'cadre');
    const drawer = await openThread(page);
    // the hidden spam shows as such to him
    await drawer.getByText(d.hiddenNotice).first().waitFor();
    await drawer.getByLabel(d.reply).fill('学'.repeat(2001));
    await drawer.getByText('2001 / 2000').waitFor();
    await drawer.getByRole('button', { name: d.replySend }).click();
    await drawer.getByText(d.tooLong.replace('{label}', d.body).replace('{max}', '2000')).waitFor();
    await drawer.getByLabel(d.reply).fill(myReply);
    await drawer.getByRole('button', { name: d.replySend }).click();
    await drawer.getByText(myReply).waitFor();
    await screenshot(page, 'discussion-replied.png');

    await lastPage(drawer);
    const theirs = drawer.locator('[data-post]').filter({ hasText: theirReply });
    if ((await theirs.count()) === 0) {
      // the reply he reports may be one page before his own
      await drawer.locator('.ant-pagination-prev').click();
    }
    await theirs.getByRole('button', { name: d.report }).click();
    const dialog = page.getByRole('dialog', { name: d.reportTitle });
    await dialog.getByText(d.reasons.off_topic).click();
    await dialog.getByRole('button', { name: d.reportSend }).click();
    await page.locator('.ant-message').getByText(d.reportDone).waitFor();
    await theirs.getByText(d.reported).waitFor();
    await screenshot(page, 'discussion-reported.png');
  });

  it('shows the office the report under 待审核, and restores the reply', async () => {
    await switchTo(page, 'office');
    await page.goto('/discussion?tab=moderation');
    const counts = page.getByTestId('moderation-counts');
    await counts.getByText(d.moderation.hidden).waitFor();
    const item = page.locator('[data-reported]').filter({ hasText: theirReply });
    await item.getByText(d.reasons.off_topic, { exact: false }).waitFor();
    await screenshot(page, 'discussion-moderation.png');
    await item.getByRole('button', { name: '恢复', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '恢复' });
    await dialog.getByRole('button', { name: wf.submit.replace('{action}', '恢复') }).click();
    await page.locator('.ant-message').getByText(wf.done.replace('{action}', '恢复')).waitFor();
    await item.waitFor({ state: 'detached' });
    const api = await (await page.request.get('/api/discussion/moderation')).json();
    expect(api.counts.restored).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(api.items)).not.toContain(theirReply);
  });
});

describe.skipIf(!process.env.E2E_BASE_URL)('一线服务: a day of volunteer service', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'service-records' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('refuses bad hours in words, then records the day; the unit total shows above', async () => {
    await logIn(page, 'cadre');
    await page.goto('/service-records');
    await page.getByText(s.summary.title).waitFor();
    await page.getByRole('button', { name: s.create }).click();
    const form = page.getByRole('dialog', { name: s.createTitle });
    await form.waitFor();
    await form.getByLabel(s.startsOn).fill('2014-05-10');
    await form.getByLabel(s.startsOn).press('Enter');
    await form.getByLabel(s.hours).fill('25');
    await form.getByLabel(s.place).fill(`湘东区腊市镇腊市村（${run}）`);
    await form.getByLabel(s.task).fill('帮缺劳力的农户抢插早稻秧苗');
    await form.getByRole('button', { name: text.common.save }).click();
    await form.getByText(s.hoursRange).waitFor();
    await form.getByLabel(s.hours).fill('4');
    await form.getByRole('button', { name: text.common.save }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByText(`湘东区腊市镇腊市村（${run}）`).waitFor();
    await screenshot(page, 'service-records.png');
  });
});
