import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import { baseURL, screenshot, submitLogin, useBrowserPage, viewports } from './support/browser.ts';

/** The two desk screens the issue names: a 1440 × 900 monitor and a 1366 × 768 laptop. */
const desks = [
  { width: 1440, height: 900 },
  { width: 1366, height: 768 },
] as const;

/** Waits until no visible spinner or skeleton is left (a page may keep a hidden one in the DOM). */
async function settled(page: Page, what: string) {
  const loading = () =>
    [...document.querySelectorAll('.ant-spin-spinning, .ant-spin-blur, .ant-skeleton-active')]
      .filter((el) => el.getBoundingClientRect().height > 0)
      .map((el) => `${el.className} in ${el.parentElement?.className ?? ''}`);
  // quiet twice, a moment apart: a tab just opened starts its query a tick after the click
  for (let quiet = 0; quiet < 2; ) {
    await page.waitForLoadState('networkidle');
    await page
      .waitForFunction(
        () =>
          [
            ...document.querySelectorAll(
              '.ant-spin-spinning, .ant-spin-blur, .ant-skeleton-active',
            ),
          ].every((el) => el.getBoundingClientRect().height === 0),
        undefined,
        { timeout: 15_000 },
      )
      .catch(async (error: unknown) => {
        throw new Error(`${what} still loading: ${JSON.stringify(await page.evaluate(loading))}`, {
          cause: error,
        });
      });
    await page.waitForTimeout(300);
    quiet = (await page.evaluate(loading)).length === 0 ? quiet + 1 : 0;
  }
}

/**
 * Measures every table shown on the page and returns what is wrong, one line per problem:
 * - the page itself scrolls sideways, or a table reaches past the window;
 * - a header cell whose title does not fit in it (cut off or squeezed);
 * - a header or body cell that cannot be brought into the table's visible area, or that another
 *   element covers at its centre once it is scrolled into view (`elementFromPoint`);
 * - scrolled fully left and fully right, a cell shown whole in the scroll area but covered at its
 *   left edge, centre or right edge (a pinned column lying over it);
 * - a table that scrolls sideways while its 操作 column is not pinned to the right.
 */
async function tableProblems(
  page: Page,
  actionsTitle: string,
): Promise<{ problems: string[]; hidden: string[] }> {
  return page.evaluate(async (actions) => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    const out: string[] = [];
    const hidden: string[] = [];
    const label = (el: Element | null) =>
      el
        ? `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 20)}"`
        : 'nothing';
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1)
      out.push(`the page scrolls sideways: ${doc.scrollWidth} > ${window.innerWidth}`);
    const wrappers = [...document.querySelectorAll<HTMLElement>('.ant-table-wrapper')].filter(
      (w) => w.getBoundingClientRect().height > 0 && !w.closest('.ant-modal, .ant-drawer'),
    );
    for (const [index, wrapper] of wrappers.entries()) {
      const name = `table ${index + 1}`;
      const box = wrapper.getBoundingClientRect();
      if (box.right > window.innerWidth + 1)
        out.push(`${name} reaches past the window: ${Math.round(box.right)}`);
      const scroller = wrapper.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
      if (!scroller) {
        out.push(`${name}: no scroll area`);
        continue;
      }
      const heads = [...wrapper.querySelectorAll<HTMLElement>('thead th')].filter(
        (th) => th.getBoundingClientRect().width > 0 && (th.textContent ?? '').trim() !== '',
      );
      const rows = [...wrapper.querySelectorAll<HTMLElement>('tbody tr.ant-table-row')].slice(0, 3);
      const bodyCells = rows.flatMap((tr) =>
        [...tr.querySelectorAll<HTMLElement>(':scope > td')].filter(
          (td) => td.getBoundingClientRect().width > 0,
        ),
      );
      const pinnedEnd = (cell: Element) => /ant-table-cell-fix-(end|right)/.test(cell.className);
      const pinned = (cell: Element) => /ant-table-cell-fix-/.test(cell.className);
      const scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
      const title = (th: Element) => (th.textContent ?? '').trim();
      if (scrolls)
        for (const th of heads)
          if (title(th) === actions && !pinnedEnd(th))
            out.push(`${name} scrolls sideways but its ${actions} column is not pinned`);

      // the title of a column is shown whole
      for (const th of heads) {
        const range = document.createRange();
        range.selectNodeContents(th);
        const words = range.getBoundingClientRect();
        const cell = th.getBoundingClientRect();
        if (words.left < cell.left - 1 || words.right > cell.right + 1)
          out.push(`${name}: the title "${title(th)}" does not fit its column`);
        for (const el of th.querySelectorAll<HTMLElement>('*'))
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow === 'hidden')
            out.push(`${name}: the title "${title(th)}" is cut off`);
      }

      const view = () => {
        const s = scroller.getBoundingClientRect();
        return {
          left: Math.max(s.left, 0),
          right: Math.min(s.right, window.innerWidth),
          top: 0,
          bottom: window.innerHeight,
        };
      };
      const hits = (cell: HTMLElement, x: number, y: number) => {
        const hit = document.elementFromPoint(x, y);
        return hit && cell.contains(hit) ? null : hit;
      };

      // a cell's content fits in it (text meant to be cut has an ellipsis and its title on hover)
      // (measured by the words' box: a pinned cell's shadow counts in its scrollWidth)
      for (const td of bodyCells) {
        if (td.classList.contains('ant-table-cell-ellipsis')) continue;
        const range = document.createRange();
        range.selectNodeContents(td);
        const words = range.getBoundingClientRect();
        const cell = td.getBoundingClientRect();
        if (words.width > 0 && (words.left < cell.left - 0.5 || words.right > cell.right + 0.5))
          out.push(`${name}: "${title(td).slice(0, 20)}" does not fit its cell`);
      }

      // every cell can be scrolled into the visible area and is not covered there
      for (const cell of [...heads, ...bodyCells]) {
        if (!cell.isConnected) {
          out.push(`${name} was redrawn while it was measured`);
          break;
        }
        cell.scrollIntoView({ block: 'center', inline: 'center' });
        await frame();
        const r = cell.getBoundingClientRect();
        const v = view();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const what =
          cell.tagName === 'TH'
            ? `column "${title(cell)}"`
            : `a cell "${title(cell).slice(0, 20)}"`;
        if (x < v.left || x > v.right || y < v.top || y > v.bottom) {
          out.push(`${name}: ${what} cannot be scrolled into view`);
          continue;
        }
        const other = hits(cell, x, y);
        if (other !== null) out.push(`${name}: ${what} is covered by ${label(other)}`);
      }

      // fully left and fully right: the first (last) free column is not under a pinned one, and
      // no cell shown whole between the pinned columns is covered at its edges or centre
      window.scrollTo(0, 0);
      wrapper.scrollIntoView({ block: 'start' });
      const free = heads.filter((th) => !pinned(th));
      for (const end of ['left', 'right'] as const) {
        scroller.scrollLeft = end === 'left' ? 0 : scroller.scrollWidth;
        await frame();
        const s = scroller.getBoundingClientRect();
        let left = Math.max(s.left, 0);
        let right = Math.min(s.right, window.innerWidth);
        for (const th of heads) {
          const r = th.getBoundingClientRect();
          if (/ant-table-cell-fix-(start|left)/.test(th.className)) left = Math.max(left, r.right);
          if (pinnedEnd(th)) right = Math.min(right, r.left);
        }
        if (end === 'left')
          for (const th of free) {
            const r = th.getBoundingClientRect();
            if (r.left < left - 0.5 || r.right > right + 0.5) hidden.push(`${name}: ${title(th)}`);
          }
        const edge = end === 'left' ? free[0] : free[free.length - 1];
        if (edge) {
          const r = edge.getBoundingClientRect();
          if (r.left < left - 0.5 || r.right > right + 0.5)
            out.push(
              `${name}: scrolled fully ${end}, the column "${title(edge)}" lies under a pinned column`,
            );
        }
        const firstRow = rows[0] ? [...rows[0].querySelectorAll<HTMLElement>(':scope > td')] : [];
        for (const cell of [...heads, ...firstRow]) {
          if (pinned(cell)) continue;
          const r = cell.getBoundingClientRect();
          if (r.width === 0 || r.left < left - 0.5 || r.right > right + 0.5) continue;
          const y = r.top + r.height / 2;
          if (y < 0 || y > window.innerHeight) continue;
          for (const x of [r.left + 3, r.left + r.width / 2, r.right - 3]) {
            const other = hits(cell, x, y);
            if (other !== null) {
              out.push(
                `${name}: scrolled fully ${end}, "${title(cell).slice(0, 20)}" is covered by ${label(other)}`,
              );
              break;
            }
          }
        }
      }
      scroller.scrollLeft = 0;
    }
    return { problems: [...new Set(out)], hidden };
  }, actionsTitle);
}

/** The leaves of the side menu: every page a user can open from it. */
async function menuPages(page: Page): Promise<string[]> {
  return page
    .locator('.ant-layout-sider li.ant-menu-item')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').trim()));
}

/** Each tab of the page's tab bar (a page with tabs shows a table on several of them). */
async function tabs(page: Page): Promise<string[]> {
  return page
    .locator('.ant-tabs-nav .ant-tabs-tab')
    .evaluateAll((items) => items.map((el) => (el.textContent ?? '').trim()));
}

const slug = (s: string) =>
  s
    .replace(/^\//, '')
    .replace(/[^\w]+/g, '-')
    .replace(/-$/, '') || 'home';

type Findings = { problems: string[]; hidden: string[] };

async function checkPage(page: Page, where: string, shot: string, found: Findings) {
  await settled(page, where);
  const { problems, hidden } = await tableProblems(page, text.common.actions);
  for (const p of problems) found.problems.push(`${where}: ${p}`);
  for (const h of hidden) found.hidden.push(`${where}: ${h}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, shot);
}

/** Every page of the menu, and each tab of those with tabs, at one screen size. */
async function everyList(page: Page, user: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  const found: Findings = { problems: [], hidden: [] };
  await page.locator('.ant-layout-sider li.ant-menu-item').first().waitFor();
  const titles = await menuPages(page);
  expect(titles.length).toBeGreaterThan(5);
  const opened: string[] = [];
  const visit = async (where: string, name = slug(new URL(page.url()).pathname)) => {
    const shot = `table-columns-${user}-${size.width}-${name}`;
    await checkPage(page, where, `${shot}.png`, found);
    for (const [i, tab] of (await tabs(page)).entries()) {
      if (i === 0) continue; // the first tab is the one just measured
      const tabButton = page
        .locator('.ant-tabs-nav .ant-tabs-tab')
        .filter({ hasText: tab })
        .first();
      await tabButton.click();
      await page.locator('.ant-tabs-nav .ant-tabs-tab-active').filter({ hasText: tab }).waitFor();
      await checkPage(page, `${where} › ${tab}`, `${shot}-tab${i}.png`, found);
    }
  };
  for (const title of titles) {
    await page
      .locator('.ant-layout-sider li.ant-menu-item')
      .filter({ hasText: title })
      .first()
      .click();
    // the new page has drawn once its crumb names it (the old one may still be on screen)
    await page
      .getByRole('navigation', { name: text.app.breadcrumb })
      .locator('li')
      .last()
      .filter({ hasText: title })
      .waitFor();
    opened.push(new URL(page.url()).pathname);
    await visit(title);
  }
  // a campaign's page is a list of lists (phases, activities, tasks, the board): open each one
  // of the list's first page (the demo has this year's, still unassigned, and 2014's, assigned)
  await page.goto('/campaigns');
  await settled(page, 'campaigns');
  const links = await page
    .locator('.ant-table-row a[href^="/campaigns/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
  for (const [i, href] of links.slice(0, 3).entries()) {
    await page.goto(href);
    await page
      .getByRole('navigation', { name: text.app.breadcrumb })
      .locator('li')
      .last()
      .filter({ hasText: text.app.campaignDetail })
      .waitFor();
    await visit(text.app.campaignDetail, `campaign${i + 1}`);
  }
  return { found, opened };
}

describe.skipIf(!baseURL)('on a screen too narrow for the columns', () => {
  const browser = useBrowserPage({
    viewport: { width: 1180, height: 800 },
    failurePrefix: 'table-narrow',
  });
  let page: Page;
  beforeAll(async () => {
    page = browser.page();
    await submitLogin(page, 'admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });

  it('the table scrolls with 操作 pinned, and its scroll bar stays at the bottom of the window', async () => {
    await page.goto('/households');
    await settled(page, 'households');
    const bar = page.locator('.ant-table-sticky-scroll');
    await bar.waitFor();
    const box = await bar.boundingBox();
    // 20 rows reach below the window; the bar is at the window's bottom edge, not under them
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800 + 1);
    expect(box?.y ?? 0).toBeGreaterThan(800 - 40);
    const { problems } = await tableProblems(page, text.common.actions);
    expect(problems).toEqual([]);
    await screenshot(page, 'table-narrow-households.png');
  });
});

/**
 * The one list allowed to need sideways scrolling at a desk: 进度看板 has a column per activity
 * of the campaign, as many as the office plans (its unit column stays pinned on the left).
 */
const growsWithData = [`${text.app.campaignDetail} › ${text.campaigns.tabs.board}`];

for (const user of ['admin', 'office'] as const) {
  describe.skipIf(!baseURL)(`every table shows its columns (${user})`, () => {
    const browser = useBrowserPage({
      viewport: desks[0],
      failurePrefix: `table-columns-${user}`,
    });
    let page: Page;
    beforeAll(async () => {
      page = browser.page();
      await submitLogin(page, user);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    });

    for (const size of desks)
      it(`at ${size.width} × ${size.height}, every list page of the menu`, async () => {
        const { found, opened } = await everyList(page, user, size);
        // the lists the issue names are among those measured
        expect(opened).toEqual(
          expect.arrayContaining(['/visits', '/households', '/cadres', '/assistance']),
        );
        if (user === 'admin') expect(opened).toContain('/outbox');
        expect(found.problems).toEqual([]);
        // every column in sight without scrolling, but on the board
        expect(
          found.hidden.filter((h) => !growsWithData.some((page) => h.startsWith(`${page}:`))),
        ).toEqual([]);
      }, 300_000);
  });
}

/** Holds every answer of one API list until `release()`; `empty` answers it with no rows. */
async function holdList(page: Page, path: string, opts: { empty?: boolean } = {}) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const pattern = new RegExp(`/api/${path}(\\?|$)`);
  await page.route(pattern, async (route) => {
    await released;
    if (opts.empty) await route.fulfill({ json: { items: [], total: 0, page: 1, pageSize: 20 } });
    else await route.continue();
  });
  return {
    release,
    done: () => page.unroute(pattern),
  };
}

/** How many elements the selector finds that are on screen (hidden ones may stay in the DOM). */
function visibleCount(page: Page, selector: string, text?: string): Promise<number> {
  return page.evaluate(
    ({ selector, text }) =>
      [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) =>
          el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
          el.getBoundingClientRect().height > 0 &&
          (text === undefined || (el.textContent ?? '').includes(text)),
      ).length,
    { selector, text },
  );
}

/** What a list shows while its answer is held: a visible spinner, and no empty state. */
async function showsSpinnerNotEmpty(page: Page, list: string, emptyText: string) {
  const spinner = page.locator(`${list} .ant-spin-spinning`);
  await spinner.first().waitFor({ state: 'visible' });
  // a while later still: the spinner, never 暂无数据 nor the list's own empty text
  await page.waitForTimeout(800);
  expect(await visibleCount(page, `${list} .ant-spin-spinning`)).toBeGreaterThan(0);
  expect(await visibleCount(page, '.ant-empty')).toBe(0);
  expect(await visibleCount(page, '.ant-layout-content', emptyText)).toBe(0);
  expect(await visibleCount(page, '.ant-layout-content', '暂无数据')).toBe(0);
}

describe.skipIf(!baseURL)('a list that is still loading shows a spinner, not 暂无数据', () => {
  const browser = useBrowserPage({ viewport: desks[0], failurePrefix: 'table-loading' });
  let page: Page;
  beforeAll(async () => {
    page = browser.page();
    await submitLogin(page, 'admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });

  it('a table: the spinner until the rows came, then the rows', async () => {
    await page.setViewportSize(desks[0]);
    const held = await holdList(page, 'cadres');
    await page.goto('/cadres');
    await showsSpinnerNotEmpty(page, '.ant-table-wrapper', text.cadres.empty);
    await screenshot(page, 'table-loading-cadres.png');
    held.release();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-wrapper .ant-spin-spinning').count()).toBe(0);
    await held.done();
  });

  it('a table whose answer is empty: the spinner first, its empty text only once answered', async () => {
    await page.setViewportSize(desks[0]);
    const held = await holdList(page, 'households', { empty: true });
    await page.goto('/households');
    await showsSpinnerNotEmpty(page, '.ant-table-wrapper', text.households.empty);
    held.release();
    await page.getByText(text.households.empty).waitFor();
    expect(await page.locator('.ant-table-wrapper .ant-spin-spinning').count()).toBe(0);
    await held.done();
  });

  it("a cadre's calendar: the skeleton, and 本月没有… only once the month came back empty", async () => {
    await page.setViewportSize(desks[0]);
    await page.goto('/compliance');
    await settled(page, 'compliance');
    const held = await holdList(page, 'compliance/calendar', { empty: true });
    await page.getByRole('button', { name: text.compliance.calendar }).first().click();
    const drawer = page.getByRole('dialog');
    await drawer.locator('.ant-skeleton-active').first().waitFor();
    await page.waitForTimeout(800);
    expect(await drawer.getByText(text.compliance.calendarEmpty).count()).toBe(0);
    held.release();
    await drawer.getByText(text.compliance.calendarEmpty).waitFor();
    await held.done();
    await page.keyboard.press('Escape');
  });

  it('the cards on a phone: the spinner until the visits came', async () => {
    await page.setViewportSize(viewports.phone);
    const held = await holdList(page, 'visits', { empty: true });
    await page.goto('/visits');
    await showsSpinnerNotEmpty(page, '.ant-list', text.visits.empty);
    await screenshot(page, 'table-loading-visits-phone.png');
    held.release();
    await page.getByText(text.visits.empty).waitFor();
    await held.done();
  });
});
