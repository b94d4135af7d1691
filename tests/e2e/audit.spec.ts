import { describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, logIn, screenshot, usePage, viewports } from './support/browser.ts';

type CaseItem = { id: string; trackingCode: string; citizenPhone: string | null };

/**
 * 显示联系方式 on the case page, and the 审计日志 that records it: the case is shown by its
 * tracking code as a link that opens the case.
 */
describe.skipIf(!baseURL)('审计日志: objects by name, with a link', () => {
  const page = usePage({ viewport: viewports.desktop, failurePrefix: 'audit' });

  it('the case page shows the phone masked until 显示联系方式; the log links that read to the case', async () => {
    await logIn(page, 'admin');
    const list = (await (await page.request.get('/api/cases?pageSize=100')).json()) as {
      items: CaseItem[];
    };
    const kase = list.items.find((c) => c.citizenPhone);
    expect(kase, 'a demo case with a phone').toBeDefined();
    if (!kase) return;

    await page.goto(`/cases/${kase.id}`);
    const phone = page.getByTestId('case-citizen-phone');
    await expect.poll(() => phone.textContent()).toContain('****');
    await page.getByRole('button', { name: text.cases.revealContact }).click();
    await page.getByText(text.cases.phoneShown).waitFor();
    await expect.poll(() => phone.textContent()).toMatch(/\d{7,}/);

    await page.goto('/audit');
    const link = page
      .locator('.ant-table-row')
      .first()
      .getByRole('link', { name: new RegExp(kase.trackingCode) });
    await link.waitFor();
    // the name, not the id, is what the row shows
    await expect
      .poll(() => page.locator('.ant-table-row').first().textContent())
      .not.toContain(kase.id);
    await screenshot(page, 'audit-object-link.png');
    await link.click();
    await page.waitForURL((url) => url.pathname === `/cases/${kase.id}`);
    await page.getByText(kase.trackingCode).first().waitFor();
  }, 90_000);

  it("the log's links to a household and a unit open them: ?view= opens its card, ?id= chooses the unit, ?q= searches a list", async () => {
    const household = (
      (await (await page.request.get('/api/households?pageSize=1')).json()) as {
        items: { id: string; headName: string }[];
      }
    ).items[0];
    expect(household).toBeDefined();
    if (!household) return;
    await page.goto(`/households?view=${household.id}`);
    await page.getByRole('dialog').getByText(household.headName).first().waitFor();
    // closing it takes the row out of the address again
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('view'));

    const orgs = (await (await page.request.get('/api/orgs')).json()) as {
      items: { id: string; name: string; parentId: string | null }[];
    };
    const unit = orgs.items.find((o) => o.parentId !== null);
    expect(unit).toBeDefined();
    if (!unit) return;
    await page.goto(`/orgs?id=${unit.id}`);
    await page.locator('.ant-tree-node-selected').getByText(unit.name).waitFor();

    // a cadre is shown in his list, searched for by name
    const cadre = (
      (await (await page.request.get('/api/cadres?pageSize=1')).json()) as {
        items: { name: string }[];
      }
    ).items[0];
    if (!cadre) throw new Error('no demo cadre');
    await page.goto(`/cadres?q=${encodeURIComponent(cadre.name)}`);
    await expect.poll(() => page.getByRole('searchbox').first().inputValue()).toBe(cadre.name);
    await page.locator('.ant-table-row').first().getByText(cadre.name).waitFor();
  }, 60_000);
});
