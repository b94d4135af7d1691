import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
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

const c = text.cases;
/** the shared workflow kit's words (web/admin/ui/workflow): 办理, 确定{action}, 备注 … */
const wf = text.workflow;
/** a step's field labels are the server's (GET /api/cases/{id}/actions), not the web's */
const field = { org: '承办单位', handler: '承办人', reason: '理由', measures: '整改措施' };
/** unique per run: the server may have been used by an earlier run */
const token = `路灯${Date.now().toString(36)}`;
const content = `热线来电：村口${token}坏了一个多月，晚上出行不便`;
/** The demo cadre account `cadre` is the 主任 of 农业技术推广中心 (server/db/seed/demo-data.ts). */
const unit = '农业技术推广中心';

/** Picks the option whose text contains `label` in the open antd Select dropdown. */
/** The 办理 card of the case page (the details card also mentions 办理措施). */
const actionsCard = (page: Page) =>
  page.locator('.ant-card').filter({
    has: page.locator('.ant-card-head-title').getByText(wf.actions, { exact: true }),
  });

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe.skipIf(!baseURL)('诉求件: entry, assignment, handling, ledger', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'cases' });
  let page: Page;
  let caseUrl = '';
  beforeAll(() => {
    page = browser.page();
  });

  it('lets the office enter a hotline call (登记诉求) and find it by text', async () => {
    await submitLogin(page, 'office');
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.getByRole('menuitem', { name: c.menu }).click();
    await page.waitForURL('**/cases');
    await page.getByRole('heading', { name: c.title }).waitFor();
    // the demo data has no cases: the first visit shows the empty state
    await page.locator('.ant-table-row, .ant-empty').first().waitFor();
    await screenshot(page, 'cases-list.png');

    await page.getByRole('button', { name: c.create }).click();
    const drawer = page.getByRole('dialog', { name: c.createTitle });
    await drawer.waitFor();
    // 行风热线 is the default channel
    await expect.poll(() => drawer.getByText(c.channels.hotline).isVisible()).toBe(true);
    await drawer.getByLabel(c.category, { exact: true }).click();
    await pickOption(page, '道路交通');
    await drawer.getByLabel(c.contentLabel).fill(content);
    await drawer.getByLabel(c.citizenName, { exact: true }).fill('王热线');
    await drawer.getByLabel(c.citizenPhone).fill('13912345678');
    await screenshot(page, 'cases-create.png');
    await drawer.getByRole('button', { name: text.common.save }).click();
    await page.getByText(c.created.split('{code}')[0] as string).waitFor();
    await drawer.waitFor({ state: 'hidden' });

    await page.getByLabel(c.searchPlaceholder).fill(token);
    await page.getByLabel(c.searchPlaceholder).press('Enter');
    const rows = page.locator('.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain(c.channels.hotline);
    await expect.poll(() => rows.first().textContent()).toContain(c.statuses.received);
    await screenshot(page, 'cases-search.png');
    await rows.first().getByRole('link').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = new URL(page.url()).pathname;
  });

  it('shows the case with its timeline, and the office assigns it to a unit and a handler', async () => {
    const details = page.locator('.ant-descriptions');
    await details.getByText(content).waitFor();
    // the phone is masked until the office asks for it (显示联系方式, audited); the timeline has the entry
    await details.getByText('139****5678').waitFor();
    await details.getByRole('button', { name: c.revealContact }).click();
    await details.getByText('13912345678').waitFor();
    await page.getByText(wf.timeline).waitFor();
    const actions = actionsCard(page);
    // a new case is 待受理, with its 受理时限, until the office accepts it
    const statusTag = page.locator('.ant-tag').filter({ hasText: c.statuses.received });
    await statusTag.first().waitFor();
    expect(c.statuses.received).toBe('待受理');
    await details.getByText(c.acceptDueOn, { exact: true }).waitFor();
    // only the steps allowed from 待受理 for the office are offered
    for (const offered of ['accept', 'assign', 'merge', 'not_accept', 'note'] as const) {
      await actions.getByRole('button', { name: c.actionLabels[offered], exact: true }).waitFor();
    }
    expect(
      await actions.getByRole('button', { name: c.actionLabels.answer, exact: true }).count(),
    ).toBe(0);
    await screenshot(page, 'case-detail-received.png');

    // 受理: the category stays as entered (the select is filled in); then 已受理, and no 受理 again
    await actions.getByRole('button', { name: c.actionLabels.accept, exact: true }).click();
    const accept = page.getByRole('dialog', { name: c.actionLabels.accept });
    await accept.waitFor();
    await accept.getByText('道路交通').waitFor();
    await accept.getByRole('button', { name: wf.submit.replace('{action}', '受理') }).click();
    await page.locator('.ant-message').getByText(wf.done.replace('{action}', '受理')).waitFor();
    await accept.waitFor({ state: 'hidden' });
    await page.locator('.ant-tag').filter({ hasText: c.statuses.accepted }).first().waitFor();
    expect(c.statuses.accepted).toBe('已受理');
    await actions.getByRole('button', { name: c.actionLabels.assign, exact: true }).waitFor();
    expect(
      await actions.getByRole('button', { name: c.actionLabels.accept, exact: true }).count(),
    ).toBe(0);
    expect(await statusTag.count()).toBe(0);

    await actions.getByRole('button', { name: c.actionLabels.assign, exact: true }).click();
    const modal = page.getByRole('dialog', { name: c.actionLabels.assign });
    await modal.waitFor();
    await modal.getByLabel(field.org).click();
    await page.keyboard.type(unit);
    await page.locator(`.ant-select-tree-node-content-wrapper[title="${unit}"]`).click();
    await modal.getByLabel(field.handler).click();
    // "姓名（农业技术推广中心 主任）" — not the 副主任
    await pickOption(page, `${unit} 主任`);
    await modal.getByLabel(wf.note).fill('请尽快核实并答复群众');
    await screenshot(page, 'case-assign.png');
    await modal.getByRole('button', { name: wf.submit.replace('{action}', '交办') }).click();
    await page.locator('.ant-message').getByText(wf.done.replace('{action}', '交办')).waitFor();
    await modal.waitFor({ state: 'hidden' });
    await page.locator('.ant-tag').filter({ hasText: c.statuses.assigned }).first().waitFor();
    await page.locator('.ant-timeline').getByText('请尽快核实并答复群众').waitFor();
    await page.getByText(unit).first().waitFor();
    await screenshot(page, 'case-detail-assigned.png');
  });

  it('exports the filtered list as the 问题销号台账 workbook', async () => {
    await page.goto('/cases');
    await page.locator('.ant-table-row').first().waitFor();
    const file = await download(page, page.getByRole('button', { name: c.exportLedger }));
    expect(file.name).toBe(c.exportFile);
    // the file the browser saved opens as the ledger: its sheet, the ledger's columns, the cases
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('问题销号台账');
    expect(ws?.getRow(1).getCell(1).value).toBe('序号');
    expect(ws?.getRow(1).getCell(6).value).toBe('诉求内容');
    expect(ws?.getRow(2).getCell(1).value).toBe(1);
    expect(ws?.rowCount).toBeGreaterThan(1);
  });

  it('shows the office the categories with their time limits', async () => {
    await page.getByRole('menuitem', { name: c.categoriesMenu }).click();
    await page.waitForURL('**/case-categories');
    await page.getByRole('heading', { name: c.categoriesTitle }).waitFor();
    const byName = page
      .locator('.ant-table-row')
      .filter({ has: page.getByRole('cell', { name: '紧急诉求', exact: true }) });
    await byName.waitFor();
    // in edit mode the name sits in an input: hold on to the row by its key
    const urgent = page.locator(`tr[data-row-key="${await byName.getAttribute('data-row-key')}"]`);
    await screenshot(page, 'case-categories.png');
    // inline edit of the time limit, audited on the server; then put it back
    const setLimit = async (days: number) => {
      await urgent.getByRole('button', { name: text.common.edit }).click();
      await urgent.getByLabel(c.timeLimitDays).fill(String(days));
      await urgent.getByRole('button', { name: text.common.save }).click();
      await urgent.getByText(c.days.replace('{days}', String(days))).waitFor();
    };
    await setLimit(2);
    const stored = (await (await page.request.get('/api/categories')).json()).items.find(
      (x: { name: string }) => x.name === '紧急诉求',
    );
    expect(stored.timeLimitDays).toBe(2);
    await setLimit(1);

    // 受理时限 edited the same way (15 working days seeded)
    await urgent.getByRole('button', { name: text.common.edit }).click();
    await urgent.getByLabel(c.acceptDays).fill('3');
    await urgent.getByRole('button', { name: text.common.save }).click();
    await urgent.getByText(c.days.replace('{days}', '3'), { exact: true }).waitFor();
    await urgent.getByRole('button', { name: text.common.edit }).click();
    await urgent.getByLabel(c.acceptDays).fill('15');
    await urgent.getByRole('button', { name: text.common.save }).click();
    await urgent.getByText(c.days.replace('{days}', '15'), { exact: true }).waitFor();

    // 默认类别: seeded on 其他; moving it to 紧急诉求 takes it off 其他, then it goes back
    const rowOf = (name: string) =>
      page.locator('.ant-table-row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    const defaultTag = (name: string) =>
      rowOf(name).locator('.ant-tag').filter({ hasText: c.intakeDefault });
    await defaultTag('其他').waitFor();
    const move = async (name: string) => {
      await rowOf(name).getByRole('button', { name: c.intakeDefaultMake }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: text.common.confirm })
        .click();
      await defaultTag(name).waitFor();
    };
    await move('紧急诉求');
    await expect.poll(() => defaultTag('其他').count()).toBe(0);
    await move('其他');
    await expect.poll(() => defaultTag('紧急诉求').count()).toBe(0);
  });

  it('shows the server’s words when a step is refused because the case moved on', async () => {
    const me = await (await page.request.get('/api/auth/me')).json();
    const headers = { 'x-csrf-token': me.csrfToken };
    const categories = (await (await page.request.get('/api/categories')).json()).items;
    const created = await page.request.post('/api/cases', {
      headers,
      data: {
        channel: 'suggestion_box',
        categoryId: categories[0].id,
        content: `意见箱来信：${token} 重复反映`,
      },
    });
    expect(created.status()).toBe(201);
    const id = (await created.json()).id as string;
    await page.goto(`/cases/${id}`);
    const actions = actionsCard(page);
    await actions.getByRole('button', { name: c.actionLabels.not_accept, exact: true }).click();
    const modal = page.getByRole('dialog', { name: c.actionLabels.not_accept });
    await modal.getByLabel(field.reason).fill('不属于本局职责范围');
    // meanwhile someone else decides the same case
    const first = await page.request.post(`/api/cases/${id}/events`, {
      headers,
      data: { action: 'not_accept', reason: '已电话告知' },
    });
    expect(first.status()).toBe(200);
    await modal.getByRole('button', { name: wf.submit.replace('{action}', '不予受理') }).click();
    await modal.getByText('该件当前状态为「不予受理」').waitFor();
    await screenshot(page, 'case-refused.png');
    await modal.getByRole('button', { name: text.common.cancel }).click();
    // the page has reloaded: nothing is offered on a closed case
    await actions.getByText(wf.noActions).waitFor();
  });

  it('enters a letter with its scan and offers the scan on the case page', async () => {
    await page.goto('/cases');
    await page.getByRole('button', { name: c.create }).click();
    const drawer = page.getByRole('dialog', { name: c.createTitle });
    await drawer.getByLabel(c.channel, { exact: true }).click();
    await pickOption(page, c.channels.letter);
    await drawer.getByLabel(c.category, { exact: true }).click();
    await pickOption(page, '社会保障');
    await drawer.getByLabel(c.contentLabel).fill(`来信：${token} 反映低保申请迟迟没有答复`);
    await drawer.getByLabel(c.anonymous).check();
    // a 1×1 PNG stands in for the scanned letter
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await drawer
      .locator('input[type=file]')
      .setInputFiles({ name: '来信扫描.png', mimeType: 'image/png', buffer: png });
    await drawer.getByText('来信扫描.png').waitFor();
    // let the upload list finish sliding in before the picture is taken
    await page.waitForTimeout(500);
    await screenshot(page, 'cases-create-letter.png');
    await drawer.getByRole('button', { name: text.common.save }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByLabel(c.searchPlaceholder).fill(`${token} 反映低保`);
    await page.getByLabel(c.searchPlaceholder).press('Enter');
    // the demo data has letters of its own: the row is the one with this run's words
    const row = page.locator('.ant-table-row').filter({ hasText: `来信：${token} 反映低保` });
    await row.waitFor();
    await row.getByText(c.channels.letter).waitFor();
    await row.getByRole('link').first().click();
    const link = page.locator('.ant-descriptions').getByRole('link', { name: '来信扫描.png' });
    await link.waitFor();
    const res = await page.request.get((await link.getAttribute('href')) as string);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    await page.locator('.ant-descriptions').getByText(c.anonymousCitizen).waitFor();
    await screenshot(page, 'case-detail-letter.png');
  });

  it('lets the handler find it in 我的诉求清单, start it and answer it', async () => {
    await page.context().clearCookies();
    await submitLogin(page, 'cadre');
    await page.waitForURL('**/my');
    await page.getByRole('menuitem', { name: c.myMenu }).click();
    await page.waitForURL('**/my/cases');
    const row = page.locator('.ant-table-row').filter({ hasText: `村口${token}` });
    await row.waitFor();
    await screenshot(page, 'my-cases.png');
    const ledger = await download(page, page.getByRole('button', { name: c.exportLedger }));
    expect(ledger.name).toBe(c.exportFile);

    await row.getByRole('link').first().click();
    await page.waitForURL(`**${caseUrl}`);
    const actions = actionsCard(page);
    await actions.getByRole('button', { name: c.actionLabels.start, exact: true }).click();
    const start = page.getByRole('dialog', { name: c.actionLabels.start });
    await start.getByRole('button', { name: wf.submit.replace('{action}', '开始办理') }).click();
    await start.waitFor({ state: 'hidden' });
    await page.locator('.ant-tag').filter({ hasText: c.statuses.in_progress }).first().waitFor();

    await actions.getByRole('button', { name: c.actionLabels.answer, exact: true }).click();
    const answer = page.getByRole('dialog', { name: c.actionLabels.answer });
    await answer.getByLabel(field.measures).fill('联系供电所更换灯泡和线路');
    await answer.getByLabel(c.answer, { exact: true }).fill('路灯已于本周修复，感谢您的反映');
    await screenshot(page, 'case-answer.png');
    await answer.getByRole('button', { name: wf.submit.replace('{action}', '办结答复') }).click();
    await answer.waitFor({ state: 'hidden' });
    await page.locator('.ant-tag').filter({ hasText: c.statuses.answered }).first().waitFor();
    await page.getByText('路灯已于本周修复，感谢您的反映').first().waitFor();
    // until the citizen rates it the handler may only add a note
    await expect
      .poll(() => actions.getByRole('button').allTextContents())
      .toEqual([c.actionLabels.note]);
    await screenshot(page, 'case-detail-answered.png');

    // a cadre on his phone: the page itself never scrolls sideways (the table scrolls inside)
    await page.setViewportSize(viewports.phone);
    await screenshot(page, 'case-detail-phone.png');
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(viewports.phone.width);
    await page.goto('/my/cases');
    await page
      .locator('.ant-list-item')
      .filter({ hasText: `村口${token}` })
      .waitFor();
    await screenshot(page, 'my-cases-phone.png');
    expect(await width()).toBeLessThanOrEqual(viewports.phone.width);
  });
});
