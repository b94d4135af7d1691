/**
 * 心得体会 and 对照检查材料 in the browser (issue 13 §4–5): the demo cadre writes a reflection in the
 * 2014 campaign (a copy of a colleague's featured one, as a ghost-writer would hand out) and
 * submits it; his unit sees the 材料雷同 warning and approves it with a rating; the office features
 * it. Then he writes his self-examination report with the masses' opinions in the side panel.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REFLECTIONS } from '../../server/db/seed/demo-reflection-texts.ts';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
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
const title = `学习龚全珍的体会${Date.now().toString(36)}`;
const original = DEMO_REFLECTIONS.find((r) => r.key === 'r1');
const body = original?.body.replace('几次', '好几次') ?? '';

/** Takes a step offered in the drawer's 办理 card, through its dialog. */
async function openStep(page: Page, label: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.waitFor();
  return dialog;
}
async function confirmStep(page: Page, dialog: ReturnType<Page['getByRole']>, label: string) {
  await dialog.getByRole('button', { name: wf.submit.replace('{action}', label) }).click();
  await page.locator('.ant-message').getByText(wf.done.replace('{action}', label)).waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

describe.skipIf(!baseURL)('心得体会 and 对照检查材料', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'reflections' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('lets the cadre write a reflection in the 2014 campaign and submit it', async () => {
    await logIn(page, 'cadre');
    await page.goto('/reflections');
    await page.getByRole('heading', { name: d.reflection.title }).waitFor();
    await page.getByRole('button', { name: d.reflection.create }).click();
    const form = page.getByRole('dialog', { name: d.reflection.createTitle });
    await form.waitFor();
    // an empty title is refused in words under the field
    await form.getByRole('button', { name: text.common.save }).click();
    await form.getByText(d.reflection.titleRequired).waitFor();
    await form.getByLabel(d.common.campaign).click();
    await pickOption(page, '学习龚全珍，争做贴心人（已结束）');
    await form.getByLabel(d.reflection.titleLabel).fill(title);
    await form.getByLabel(d.reflection.source).fill('话剧《老阿姨》');
    await form.getByLabel(d.reflection.body, { exact: true }).fill(body);
    await form.getByRole('button', { name: text.common.save }).click();
    await form.waitFor({ state: 'hidden' });
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.waitFor();
    await drawer.getByText('老阿姨说').first().waitFor();
    // the author is not told what his text is like
    await expect(drawer.getByText(d.common.similar).count()).resolves.toBe(0);
    await confirmStep(page, await openStep(page, '提交审核'), '提交审核');
    await drawer.locator('.ant-tag').getByText('已提交').waitFor();
  });

  it('shows his unit the copied text, and takes the review only with a rating', async () => {
    await switchTo(page, 'unit');
    await page.goto('/reviews');
    await page.getByRole('heading', { name: d.reviews.title }).waitFor();
    const row = page.locator('.ant-table-row').filter({ hasText: title });
    await row.getByRole('button', { name: d.reviews.open }).click();
    await page.waitForURL('**/reflections?id=*');
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.waitFor();
    // 「与 某某（单位）的心得体会高度相似 9x%」: the featured original of another unit
    const warning = drawer.locator('.ant-alert-error');
    await warning.getByText(d.common.similar).waitFor();
    await warning
      .getByText(/的心得体会高度相似 \d+%/)
      .first()
      .waitFor();
    await screenshot(page, 'reflections-similar-warning.png');

    const dialog = await openStep(page, '审核通过');
    // the rating is required: refused in words under the field
    await dialog.getByRole('button', { name: wf.submit.replace('{action}', '审核通过') }).click();
    await dialog.getByText(wf.requiredChoice.replace('{label}', '评定等次')).waitFor();
    await dialog.getByLabel('评定等次').click();
    await pickOption(page, '良好');
    await confirmStep(page, dialog, '审核通过');
    await drawer.locator('.ant-tag').getByText('已通过').waitFor();
    await drawer.getByText('良好').first().waitFor();
  });

  it('lets the office feature it, and the list shows it rated and featured', async () => {
    await switchTo(page, 'office');
    const found = await page.request.get(`/api/reflections?q=${encodeURIComponent(title)}`);
    const id = (await found.json()).items[0].id as string;
    await page.goto(`/reflections?id=${id}`);
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.waitFor();
    const dialog = await openStep(page, '推荐');
    await dialog.getByRole('switch').click();
    await confirmStep(page, dialog, '推荐');
    await drawer.locator('.ant-tag').getByText(d.common.featuredYes).waitFor();
    await page.goto(`/reflections?q=${encodeURIComponent(title)}`);
    const row = page.locator('.ant-table-row').filter({ hasText: title });
    await row.getByText('良好').waitFor();
    await row.getByText(d.common.featuredYes).waitFor();
    await screenshot(page, 'reflections-featured.png');
  });

  it('lets the cadre write his self-examination report with the masses’ opinions beside', async () => {
    await switchTo(page, 'cadre');
    await page.goto('/self-exams');
    await page.getByRole('heading', { name: d.self_exam.title }).waitFor();
    await page.getByRole('button', { name: d.self_exam.create }).click();
    const form = page.getByRole('dialog', { name: d.self_exam.createTitle });
    await form.waitFor();
    // the side panel: 群众意见 of the campaign running now, in its three parts
    const panel = page.locator('.self-exam-opinions');
    await panel.getByText(d.self_exam.opinions).first().waitFor();
    await panel.getByText(/四风问题（\d+ 件）/).waitFor();
    await panel.getByText(/下访听诉（\d+ 件）/).waitFor();
    // the sections are the campaign's standards
    await form.getByLabel('信念坚定方面存在的问题').waitFor();
    await form.getByRole('button', { name: text.common.save }).click();
    await form.getByText(d.self_exam.titleRequired).waitFor();
    await form.getByLabel(d.self_exam.titleLabel).fill('对照检查材料');
    await form
      .getByLabel('为民服务方面存在的问题')
      .fill('群众反映农技员只找大户，散户得不到技术指导，我没有及时纠正。');
    await form.getByLabel('宗旨意识方面').fill('群众观点淡化，习惯于等群众上门。');
    await form
      .getByLabel(d.self_exam.measures)
      .fill('每月到联系点住两天，散户建群，每周推送农事提醒。');
    await form.getByLabel(d.self_exam.body, { exact: true }).fill('本人按五条标准查摆问题如下。');
    await screenshot(page, 'reflections-self-exam-writing.png');
    await form.getByRole('button', { name: text.common.save }).click();
    await form.waitFor({ state: 'hidden' });
    const drawer = page.getByRole('dialog', { name: '对照检查材料' });
    await drawer.waitFor();
    await drawer.getByText('群众反映农技员只找大户').waitFor();
    await drawer.getByText('群众观点淡化').waitFor();
    await screenshot(page, 'reflections-self-exam-saved.png');
  });
});
