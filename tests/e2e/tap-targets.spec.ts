import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, logIn, screenshot, usePage, viewports } from './support/browser.ts';

const MIN = 44;

/** Every visible control on the page whose box is under MIN × MIN px (inline text links excepted). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = [
      'button',
      'a[href]',
      '[role="button"]',
      '[role="menuitem"]',
      '[role="tab"]',
      'input:not([type="hidden"]):not([type="file"])',
      '.ant-select',
      '.ant-input-affix-wrapper',
      '.ant-picker',
      '.ant-pagination-item',
      '.ant-checkbox-wrapper',
      '.ant-radio-button-wrapper',
    ].join(',');
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // not shown
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      // a link inside running text is exempt (WCAG 2.5.8 "inline")
      if (el.tagName === 'A' && el.closest('p, .ant-typography')) continue;
      // a control inside a larger control counts by the larger one (antd's inner input of a select)
      // (and a switch or checkbox inside its label counts by the label: a tap on the words works)
      const host = el.parentElement?.closest(`${selector},label`);
      if (host) {
        const h = host.getBoundingClientRect();
        if (h.width >= min && h.height >= min) continue;
      }
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.className).trim();
        out.push(
          `${el.tagName.toLowerCase()} "${name.slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return out;
  }, MIN);
}

describe.skipIf(!baseURL)('tap targets on a 390-px phone (≥ 44 × 44)', () => {
  const page = usePage({ viewport: viewports.phone, failurePrefix: 'tap-targets' });

  it("a cadre's pages, the header and the menu", async () => {
    await logIn(page, 'cadre');
    const found: string[] = [];
    for (const path of ['/my', '/visits', '/my/cases', '/households']) {
      await page.goto(path);
      await page.getByRole('navigation', { name: text.app.breadcrumb }).waitFor();
      await page.waitForLoadState('networkidle');
      // measured once the page has drawn (no spinner, the lazy page and its data loaded)
      // (visible ones only: a page may keep a hidden spinner in the DOM)
      const loading = () =>
        [...document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active')]
          .filter((el) => el.getBoundingClientRect().height > 0)
          .map((el) => `${el.className} in ${el.parentElement?.className ?? ''}`);
      // a navigation while waiting (the app settling its route) ends the wait early: wait again
      let settled = false;
      for (let attempt = 0; attempt < 3 && !settled; attempt++) {
        settled = await page
          .waitForFunction(
            (f) => new Function(`return (${f})()`)().length === 0,
            loading.toString(),
            { timeout: 15_000 },
          )
          .then(
            () => true,
            (err: Error) => {
              if (/context was destroyed|navigat/i.test(err.message)) return false;
              throw err;
            },
          )
          .catch(async () => {
            throw new Error(
              `${path} still loading: ${JSON.stringify(await page.evaluate(loading))}`,
            );
          });
      }
      if (!settled) throw new Error(`${path} kept navigating`);
      for (const s of await smallTargets(page)) found.push(`${path}: ${s}`);
    }
    await screenshot(page, 'tap-targets-phone.png');
    await page.getByRole('button', { name: text.app.openMenu }).click();
    await page.getByRole('menuitem', { name: text.menu.visits }).waitFor();
    for (const s of await smallTargets(page)) found.push(`menu: ${s}`);
    expect(found).toEqual([]);
  }, 120_000);

  it("登记走访's calendars fit the screen, one month at a time, with day cells ≥ 44 px", async () => {
    await page.goto('/my');
    await page.getByRole('button', { name: text.visits.create }).first().click();
    const drawer = page.getByRole('dialog', { name: text.visits.createTitle });
    const calendar = page.locator('.ant-picker-dropdown:visible');
    const problems: string[] = [];
    const measure = async (which: string) => {
      await calendar.waitFor();
      // measured once it stands still: antd opens it with a zoom, a cell is smaller meanwhile
      await calendar.evaluate((el) =>
        Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)),
      );
      const box = await calendar.boundingBox();
      if (!box || box.x < 0 || box.x + box.width > viewports.phone.width)
        problems.push(`${which}: the calendar stands at ${JSON.stringify(box)}`);
      const months = await calendar
        .locator('.ant-picker-panel')
        .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 0).length);
      if (months !== 1) problems.push(`${which}: ${months} months shown`);
      const cell = await calendar.locator('.ant-picker-cell-inner').first().boundingBox();
      if (!cell || cell.width < MIN - 0.5 || cell.height < MIN - 0.5)
        problems.push(`${which}: a day cell is ${cell?.width}×${cell?.height}`);
    };
    await drawer.getByLabel(text.visits.date).click();
    await measure('one day');
    await page.keyboard.press('Escape');
    await drawer.getByText(text.visits.multiDay).click();
    await drawer.getByPlaceholder(text.visits.startDate).click();
    await measure('several days');
    // the one month shown still moves both ways
    const month = () => calendar.locator('.ant-picker-header-view').first().textContent();
    const shown = await month();
    await calendar.locator('.ant-picker-header-prev-btn').first().click();
    await calendar.locator('.ant-picker-header-next-btn').first().click();
    expect(await month()).toBe(shown);
    await screenshot(page, 'tap-targets-range-picker.png');
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  }, 60_000);
});
