/**
 * 首页 (issue 14 §1): the office lands on the dashboard, a click on 逾期 opens exactly those cases
 * with the filter shown; 满意率 with the comparison period's beside it; a chart's table view, kept
 * in the address through a reload; a unit admin's dashboard counts his units only; the
 * inspector's; the cadre's home (我的本月 first, then his six ones, open cases, his documents sent
 * back for revision and what waits). A screenshot of each home page, and of the office's on a
 * 390 px phone.
 */
import type { Page, Response } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TDashboard } from '../../common/dashboard.ts';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import {
  baseURL,
  screenshot,
  screenshotDir,
  submitLogin,
  switchTo,
  useBrowserPage,
  viewports,
} from './support/browser.ts';

const d = text.dashboard;
/** a figure as the page prints it (web/admin/modules/dashboard/components/format.ts) */
const formatValue = (value: number | null, format: 'count' | 'rate') =>
  value === null ? '—' : format === 'rate' ? `${Math.round(value * 1000) / 10}%` : String(value);
/** 满意率 (含基本满意) of the period, from its ratings */
const satisfiedRate = (s: TDashboard['cases']['satisfaction']) => {
  const rated = s.satisfied + s.basically + s.dissatisfied;
  return rated ? (s.satisfied + s.basically) / rated : null;
};
const isDashboard = (r: Response) =>
  new URL(r.url()).pathname === '/api/dashboard' && r.request().method() === 'GET';
const isCaseList = (r: Response) =>
  new URL(r.url()).pathname === '/api/cases' && r.request().method() === 'GET';

/** Logs in and waits for the home page and the dashboard's answer. */
async function landOnDashboard(page: Page, username: string): Promise<TDashboard> {
  await page.context().clearCookies();
  const answer = page.waitForResponse(isDashboard);
  await submitLogin(page, username);
  await page.waitForURL('**/dashboard');
  const data = (await (await answer).json()) as TDashboard;
  await page.getByRole('heading', { name: d.title, exact: true }).waitFor();
  return data;
}

/** Waits until every chart of the page has drawn (ECharts arrives on demand). */
async function chartsDrawn(page: Page) {
  await page.locator('canvas').first().waitFor();
  await page.waitForLoadState('networkidle');
}

describe.skipIf(!baseURL)('首页: every role lands on what it must act on', () => {
  const browser = useBrowserPage({ viewport: viewports.desktop, failurePrefix: 'dashboard' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('lands the office on the dashboard; 逾期 opens exactly those cases', async () => {
    const data = await landOnDashboard(page, 'office');
    // the campaign, the month's 达标率 and the cases are on screen
    if (data.campaign) await page.getByRole('link', { name: data.campaign.name }).waitFor();
    await page.getByText(d.compliance.replace('{month}', data.compliance.month)).waitFor();
    await page.getByRole('button', { name: d.report }).waitFor();
    await chartsDrawn(page);
    await screenshot(page, 'dashboard-office.png');

    const overdue = data.cases.overdue;
    const list = page.waitForResponse(isCaseList);
    await page.getByRole('link', { name: `${d.overdue} ${overdue}`, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/cases');
    const answer = (await (await list).json()) as { total: number };
    expect(answer.total).toBe(overdue);
    // the filter that counted them is shown, and so is their number
    expect(await page.getByRole('checkbox', { name: text.cases.overdueOnly }).isChecked()).toBe(
      true,
    );
    if (overdue > 0)
      await page.getByText(text.common.total.replace('{total}', String(overdue))).waitFor();
    await screenshot(page, 'dashboard-office-overdue-cases.png');
  }, 90_000);

  it('shows 满意率 with the comparison period’s beside it, as the other figures show theirs', async () => {
    const data = await landOnDashboard(page, 'office');
    const c = data.cases;
    const card = page.locator('.ant-card').filter({ hasText: d.satisfiedRate });
    await card.getByText(d.satisfiedRate, { exact: true }).waitFor();
    await card
      .getByText(formatValue(satisfiedRate(c.satisfaction), 'rate'), { exact: true })
      .waitFor();
    // 比去年同期 (or 比上一活动同期): the server's satisfiedRate of that period, worded as 收到's is
    const label = data.comparison?.label;
    if (label && c.previous) {
      const previous = (value: number | null, format: 'count' | 'rate') =>
        d.previousValue
          .replace('{label}', d.comparison.replace('{label}', label))
          .replace('{value}', formatValue(value, format));
      await card.getByText(previous(c.previous.satisfiedRate, 'rate'), { exact: true }).waitFor();
      await page
        .getByText(previous(c.previous.received, 'count'), { exact: true })
        .first()
        .waitFor();
    } else expect(await card.getByText(d.comparison.replace('{label}', '')).count()).toBe(0);
    await card.screenshot({ path: `${screenshotDir}/dashboard-satisfied-rate.png` });
    await screenshot(page, 'dashboard-office-satisfied-rate.png');
  }, 90_000);

  it('shows a chart as a table, and keeps the choice in the address', async () => {
    const data = await landOnDashboard(page, 'office');
    const cardOf = (title: string) =>
      page.locator('.ant-card').filter({
        has: page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}$`) }),
      });
    const card = cardOf(d.byStatus);
    await card.locator('canvas').waitFor();
    await card.getByText(d.table, { exact: true }).click();
    const rows = card.locator('.ant-table-tbody .ant-table-row');
    await expect.poll(() => rows.count()).toBe(Math.min(10, data.cases.statusRows.length));
    const first = data.cases.statusRows[0];
    if (first) {
      await card.getByRole('cell', { name: first.label }).waitFor();
      await card
        .getByRole('cell', { name: String(first.value), exact: true })
        .first()
        .waitFor();
    }
    await expect.poll(() => new URL(page.url()).searchParams.getAll('table')).toEqual(['byStatus']);
    await screenshot(page, 'dashboard-office-table.png');

    // a reload (or the link shared) shows the same view: this card its table, the others charts
    const answer = page.waitForResponse(isDashboard);
    await page.reload();
    await answer;
    await expect.poll(() => rows.count()).toBe(Math.min(10, data.cases.statusRows.length));
    expect(await card.locator('canvas').count()).toBe(0);
    const view = card.getByRole('radiogroup', {
      name: d.viewLabel.replace('{title}', d.byStatus),
    });
    expect(await view.getByRole('radio', { name: d.table }).isChecked()).toBe(true);
    await cardOf(d.byChannel).locator('canvas').waitFor();
    // a second card's choice joins the first; the period filter keeps both
    await cardOf(d.byChannel).getByText(d.table, { exact: true }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('table'))
      .toEqual(['byStatus', 'byChannel']);
    await screenshot(page, 'dashboard-office-table-reloaded.png');
    // back to its chart: the address forgets it
    await card.getByText(d.chart, { exact: true }).click();
    await card.locator('canvas').waitFor();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('table'))
      .toEqual(['byChannel']);
  }, 90_000);

  it('opens a tile figure’s list with its filters shown', async () => {
    const data = await landOnDashboard(page, 'office');
    // the modules' tiles are drawn from their data alone; the demo has at least the six ones
    expect(data.tiles.length).toBeGreaterThan(0);
    const tile = data.tiles.find((t) => t.figures.some((f) => f.link?.query.campaignId));
    const figure = tile?.figures.find((f) => f.link?.query.campaignId);
    expect(figure?.link).toBeTruthy();
    if (!tile || !figure?.link) return;
    await page.locator('.ant-card-head-title', { hasText: tile.title }).waitFor();
    await page.getByRole('link', { name: `${figure.label} ${figure.value}`, exact: true }).click();
    await page.waitForURL((url) => url.pathname === figure.link?.path);
    const campaign = (await (
      await page.request.get(`/api/campaigns/${figure.link.query.campaignId}`)
    ).json()) as { name: string };
    // the campaign the figure counted is the one the list's filter shows
    await page
      .locator('.ant-select-content, .ant-select-selection-item')
      .filter({ hasText: campaign.name })
      .first()
      .waitFor();
  }, 90_000);

  it('shows a unit admin the dashboard of his units', async () => {
    const data = await landOnDashboard(page, 'unit');
    const me = (await (await page.request.get('/api/auth/me')).json()) as {
      user: { orgId: string | null; orgName: string | null };
    };
    expect(me.user.orgId).toBeTruthy();
    // counted in his scope: each figure equals the list its link opens, read as he reads it
    const total = async (link: { query: Record<string, string> } | undefined) => {
      const query = new URLSearchParams({ ...link?.query, pageSize: '1' });
      return ((await (await page.request.get(`/api/cases?${query}`)).json()) as { total: number })
        .total;
    };
    expect(await total(data.cases.links.received)).toBe(data.cases.received);
    expect(await total(data.cases.links.overdue)).toBe(data.cases.overdue);
    const all = (await (await page.request.get('/api/cases?pageSize=1')).json()) as {
      total: number;
    };
    expect(data.cases.receivedYear).toBeLessThanOrEqual(all.total);
    // his units only: every unit row is his unit or one below it
    const units = (await (await page.request.get('/api/orgs?pageSize=200')).json()) as {
      items: { id: string }[];
    };
    const his = new Set([me.user.orgId, ...units.items.map((u) => u.id)]);
    expect(data.compliance.byUnit.length).toBeGreaterThan(0);
    for (const row of data.compliance.byUnit) expect(his.has(row.orgId)).toBe(true);
    // the page says whose figures they are
    await page
      .getByText(d.scope.replace('{name}', me.user.orgName ?? ''), { exact: false })
      .waitFor();
    await chartsDrawn(page);
    await screenshot(page, 'dashboard-unit.png');
  }, 90_000);

  it('shows the inspector the bureau’s dashboard, read-only', async () => {
    const data = await landOnDashboard(page, 'inspector');
    expect(data.orgId).toBeNull();
    await chartsDrawn(page);
    // he reads the reports (报告) but does not generate one
    await page.getByRole('button', { name: d.reports, exact: false }).waitFor();
    expect(await page.getByRole('button', { name: d.report }).count()).toBe(0);
    await screenshot(page, 'dashboard-inspector.png');
  }, 90_000);

  it('lands a cadre on 我的本月 with his six ones, open cases and what waits for him', async () => {
    await switchTo(page, 'cadre');
    await page.waitForURL('**/my');
    await page.getByRole('heading', { name: text.compliance.my.title }).waitFor();
    for (const title of [d.my.sixOnes, d.my.waiting])
      await page.locator('.ant-card-head-title', { hasText: title }).first().waitFor();
    await page.locator('.ant-card-head-title', { hasText: d.my.openCases }).waitFor();
    // 我的本月 stays first: its heading is above the new cards
    const month = await page.getByRole('heading', { name: text.compliance.my.title }).boundingBox();
    const six = await page.locator('.ant-card-head-title', { hasText: d.my.sixOnes }).boundingBox();
    expect(month?.y ?? 0).toBeLessThan(six?.y ?? 0);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'home-cadre.png');
  }, 90_000);

  it('lists the cadre’s documents sent back for revision, each a link that opens it', async () => {
    await switchTo(page, 'cadre');
    const me = (await (await page.request.get('/api/auth/me')).json()) as {
      csrfToken: string;
      user: { cadreId: string };
    };
    const returnedNow = (await (
      await page.request.get(`/api/reflections?status=returned&cadreId=${me.user.cadreId}`)
    ).json()) as { total: number };
    await page.goto('/my');
    await page.locator('.ant-card-head-title', { hasText: d.my.openCases }).waitFor();
    await page.waitForLoadState('networkidle');
    const card = page.locator('.ant-card').filter({
      has: page.locator('.ant-card-head-title', { hasText: d.my.returned }),
    });
    // none sent back (the demo's cadre has none): no card at all
    if (returnedNow.total === 0) expect(await card.count()).toBe(0);

    // he writes and submits a reflection; his unit sends it back with a reason
    const title = `退回修改测试 ${Date.now()}`;
    const reason = '请补充走访中群众反映的具体事例';
    const created = await page.request.post('/api/reflections', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { title, body: '学习龚全珍同志的体会。' },
    });
    expect(created.status()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    const submitted = await page.request.post(`/api/reflections/${id}/events`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { action: 'submit' },
    });
    expect(submitted.status()).toBe(200);
    await switchTo(page, 'unit');
    const unit = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const returned = await page.request.post(`/api/reflections/${id}/events`, {
      headers: { 'x-csrf-token': unit.csrfToken },
      data: { action: 'return', reason },
    });
    expect(returned.status()).toBe(200);

    await switchTo(page, 'cadre');
    await page.waitForURL('**/my');
    await card.waitFor();
    const link = card.getByRole('link', {
      name: d.my.openReturned.replace('{kind}', '心得体会').replace('{title}', title),
    });
    await link.waitFor();
    await card.getByText(d.my.returnedReason.replace('{reason}', reason)).waitFor();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `${screenshotDir}/home-cadre-returned.png` });
    await screenshot(page, 'home-cadre-returned-page.png');
    await link.click();
    await page.waitForURL(
      (url) => url.pathname === '/reflections' && url.searchParams.get('id') === id,
    );
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.waitFor();
    await drawer.locator('.ant-tag').getByText('退回修改').waitFor();
  }, 120_000);
});

describe.skipIf(!baseURL)('首页 on a phone', () => {
  const browser = useBrowserPage({ viewport: viewports.phone, failurePrefix: 'dashboard-phone' });
  let page: Page;
  beforeAll(() => {
    page = browser.page();
  });

  it('fits a 390 px phone', async () => {
    await landOnDashboard(page, 'office');
    await chartsDrawn(page);
    // nothing wider than the screen: the page does not scroll sideways
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewports.phone.width);
    await screenshot(page, 'dashboard-office-phone.png');
  }, 90_000);

  it('fits the cadre’s home with his returned documents on a 390 px phone', async () => {
    await switchTo(page, 'cadre');
    await page.waitForURL('**/my');
    await page.locator('.ant-card-head-title', { hasText: d.my.openCases }).waitFor();
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewports.phone.width);
    await screenshot(page, 'home-cadre-phone.png');
  }, 90_000);
});
