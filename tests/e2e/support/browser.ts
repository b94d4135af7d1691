/**
 * What every browser test shares: Debian's Chromium launched with the flags this machine needs,
 * one page per spec file, a screenshot of whatever the browser showed when a step fails, and the
 * login form filled the way a person fills it. The server comes from tests/e2e/global-setup.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, onTestFailed } from 'vitest';
import { zhCN as text } from '../../../web/admin/i18n/zh-CN.ts';

export const baseURL = process.env.E2E_BASE_URL;
export const screenshotDir = path.resolve('test-results');
export const viewports = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export const DEMO_PASSWORD = 'tiexin2014';

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true });
}

/** Fills and sends the login form; the caller waits for where the app should land. */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel(text.auth.username).fill(username);
  await page.getByLabel(text.auth.password).fill(password);
  await page.getByRole('button', { name: text.auth.login }).click();
}

/**
 * One browser page for the spec file's tests, at the given viewport. Failed steps are saved as
 * `test-results/failed-<prefix>-<test name>.png`.
 *
 * The admin app's service worker is blocked unless a spec asks for it (`serviceWorkers:
 * 'allow'`, the offline spec): requests a service worker answers never reach `page.route`, so a
 * spec that holds or fakes an API answer would silently get the real (or cached) one instead.
 */
export function useBrowserPage(opts: {
  viewport: { width: number; height: number };
  failurePrefix: string;
  serviceWorkers?: 'allow' | 'block';
}) {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let current: Page | undefined;

  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
      ],
    });
    context = await browser.newContext({
      baseURL,
      locale: 'zh-CN',
      viewport: opts.viewport,
      serviceWorkers: opts.serviceWorkers ?? 'block',
    });
    context.setDefaultTimeout(15_000);
    current = await context.newPage();
  }, 60_000);

  beforeEach((ctx) => {
    onTestFailed(async () => {
      const name = ctx.task.name.replace(/\W+/g, '-').toLowerCase();
      await current?.screenshot({
        path: path.join(screenshotDir, `failed-${opts.failurePrefix}-${name}.png`),
        fullPage: true,
      });
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  return {
    page(): Page {
      if (!current) throw new Error('the browser page is not open yet');
      return current;
    },
  };
}

/** Logs in through the form and waits until the app has left the login page. */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await submitLogin(page, username, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Logs out (drops the session cookie) and logs in as another demo account. */
export async function switchTo(page: Page, username: string) {
  await page.context().clearCookies();
  await logIn(page, username);
}

/**
 * `useBrowserPage` for a spec that needs only its page: the page, usable in the spec's tests and
 * hooks once the browser has opened it (each property is read from the page open then).
 */
export function usePage(opts: Parameters<typeof useBrowserPage>[0]): Page {
  const browser = useBrowserPage(opts);
  return new Proxy({} as Page, {
    get(_, key) {
      const page = browser.page();
      const value = Reflect.get(page, key, page);
      return typeof value === 'function' ? value.bind(page) : value;
    },
  });
}

/**
 * Picks an option of the antd Select that is open now, and waits until its dropdown has gone (the
 * next Select opens only then). Clicking by title alone can hit a dropdown still closing on a busy
 * machine, which leaves the field empty.
 */
export async function pickOption(page: Page, label: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:visible');
  const option = open.locator('.ant-select-item-option').filter({ hasText: label }).first();
  // a click that lands while the list is still sliding in is lost: try again while it stays open
  for (let attempt = 1; ; attempt++) {
    await option.click();
    try {
      await expect.poll(() => open.count(), { timeout: 3_000 }).toBe(0);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
