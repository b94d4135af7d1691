import { describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, logIn, screenshot, usePage, viewports } from './support/browser.ts';

const G = text.goodPractices;
const C = text.campaigns;

/** 经验做法 and the copy to a new year (issue 14 §3): the office marks a case, then copies 2014. */
describe.skipIf(!baseURL)('the lasting mechanism (经验做法, 复制到新年度)', () => {
  const page = usePage({ viewport: viewports.desktop, failurePrefix: 'good-practices' });

  it('the office marks a case as 经验做法 and finds it in the list', async () => {
    await logIn(page, 'office');
    // a signed-off case nobody marked yet (the demo marks a few)
    const cases = await (await page.request.get('/api/cases?status=signed_off&pageSize=50')).json();
    const marks = await (await page.request.get('/api/good-practices?pageSize=200')).json();
    const marked = new Set(marks.items.map((p: { subjectId: string }) => p.subjectId));
    const kase = (cases.items as { id: string; trackingCode: string }[]).find(
      (c) => !marked.has(c.id),
    ) as { id: string; trackingCode: string };
    await page.goto(`/cases/${kase.id}`);
    await page.getByRole('button', { name: G.mark }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(G.campaign).click();
    await page.getByRole('option', { name: /入户结亲常态化/ }).click();
    await dialog.getByLabel(G.note).fill('首问负责、限时办结，群众满意');
    await screenshot(page, 'good-practices-mark.png');
    await dialog.getByRole('button', { name: G.mark }).click();
    await page.getByText(G.marked).waitFor();

    await page.getByRole('menuitem', { name: G.title }).click();
    await page.waitForURL('**/good-practices');
    const row = page.getByRole('row', { name: new RegExp(kase.trackingCode) });
    await row.getByText('首问负责、限时办结，群众满意').waitFor();
    await screenshot(page, 'good-practices-list.png');
  }, 90_000);

  it('copies the 2014 campaign to a new year: the dialog says what is carried and leads to the copy', async () => {
    const list = await (await page.request.get('/api/campaigns?pageSize=50')).json();
    const gong = (list.items as { id: string; name: string }[]).find(
      (c) => c.name === '学习龚全珍，争做贴心人',
    );
    expect(gong).toBeDefined();
    await page.goto(`/campaigns/${gong?.id}`);
    await page.getByRole('button', { name: C.copy }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/学习资料（不含发放和签收）/).waitFor();
    await dialog.getByRole('spinbutton', { name: C.year }).fill('2016');
    await screenshot(page, 'campaign-copy-dialog.png');
    await dialog.getByRole('button', { name: C.copy }).click();
    await page.waitForURL(
      (url) => /\/campaigns\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(gong?.id ?? ''),
    );
    await page.getByRole('heading', { name: '学习龚全珍，争做贴心人（2016年）' }).waitFor();
    await page.getByText(C.states.draft).first().waitFor();
    const copyId = new URL(page.url()).pathname.split('/').at(-1);

    await page.goto(`/good-practices?campaignId=${copyId}`);
    await page.getByRole('row').nth(1).waitFor();
    expect(await page.getByText('学习龚全珍，争做贴心人', { exact: true }).count()).toBeGreaterThan(
      0,
    );
    await screenshot(page, 'good-practices-carried.png');
  }, 90_000);

  it('lists 2014 and its 2015 copy as ended and this year’s campaign as ongoing; a reflection offers the mark', async () => {
    await page.goto('/campaigns');
    const row2015 = page.getByRole('row', { name: /学习龚全珍，争做贴心人（2015年）/ });
    await row2015.getByText(C.states.ended).waitFor();
    await page
      .getByRole('row', { name: /入户结亲常态化/ })
      .getByText(C.states.ongoing)
      .waitFor();
    await screenshot(page, 'campaigns-years.png');
    const reflections = await (await page.request.get('/api/reflections?pageSize=1')).json();
    await page.goto(`/reflections?id=${reflections.items[0].id}`);
    await page.getByRole('button', { name: G.mark }).waitFor();
  }, 90_000);
});
