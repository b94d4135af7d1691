/**
 * 学习座谈 in the browser (issue 13 §2): the unit's secretary schedules a session starting now
 * (refused once without a title), projects its QR code; the demo cadre opens the code's link, logs
 * in, lands back on the check-in page and checks himself in with one button; the secretary sees
 * him 扫码签到 in the roster, records a colleague 请假 (refused without a reason, then with one)
 * and the counts follow the rows.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateTimeInChina } from '../../common/dates.ts';
import { zhCN as text } from '../../web/admin/i18n/zh-CN.ts';
import {
  baseURL,
  DEMO_PASSWORD,
  logIn,
  pickOption,
  screenshot,
  useBrowserPage,
  viewports,
} from './support/browser.ts';

const s = text.studySessions;
/** unique per run: the server may have been used by an earlier run */
const title = `学习《龚全珍日记选》座谈${Date.now().toString(36)}`;
/** A moment as the picker shows it: China's wall clock, whatever the browser's zone. */
const shown = (d: Date) => dateTimeInChina(d).slice(0, 16);

async function pickMoment(page: Page, label: string, at: Date) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(shown(at));
  await input.press('Enter');
}

describe.skipIf(!baseURL)(
  '学习座谈: schedule, project the QR, a cadre checks in, the roster',
  () => {
    const browser = useBrowserPage({
      viewport: viewports.desktop,
      failurePrefix: 'study-sessions',
    });
    let page: Page;
    let checkInUrl = '';
    beforeAll(() => {
      page = browser.page();
    });

    it('lets the unit schedule a session with its cadres as the roster', async () => {
      await logIn(page, 'unit');
      await page.goto('/study-sessions');
      await page.getByRole('heading', { name: s.title }).waitFor();
      // the demo's 2014 sessions with their counts
      await page
        .getByText(/出席 \d+\/\d+/)
        .first()
        .waitFor();
      await page.getByRole('button', { name: s.create }).click();
      const form = page.getByRole('dialog', { name: s.createTitle });
      await form.waitFor();
      // the roster fills itself with the unit's cadres
      await form.locator('.ant-select-selection-item').first().waitFor();
      // no title: refused in words under the field
      await form.getByRole('button', { name: text.common.save }).click();
      await form.getByText(s.titleRequired).waitFor();
      await form.getByLabel(s.titleField).fill(title);
      const now = Date.now();
      await pickMoment(page, s.startsAt, new Date(now - 5 * 60_000));
      await pickMoment(page, s.endsAt, new Date(now + 90 * 60_000));
      await form.getByLabel(s.place).fill('推广中心三楼会议室');
      await form.getByLabel(s.recorder).click();
      await pickOption(page, '党支部书记');
      await screenshot(page, 'study-sessions-form.png');
      await form.getByRole('button', { name: text.common.save }).click();
      await form.waitFor({ state: 'hidden' });
      const row = page.locator('.ant-table-row').filter({ hasText: title });
      await row.waitFor();
      await row.getByText(/出席 0\/\d+/).waitFor();
      await screenshot(page, 'study-sessions-list.png');
    });

    it('projects the rotating QR code of the session', async () => {
      await page
        .locator('.ant-table-row')
        .filter({ hasText: title })
        .getByRole('button', { name: title })
        .click();
      const drawer = page.getByRole('dialog', { name: title });
      await drawer.waitFor();
      await drawer
        .getByText('扫码干部')
        .or(drawer.getByText(/未记录 \d+/))
        .first()
        .waitFor();
      await page.getByRole('button', { name: s.qrOpen }).click();
      const qr = page.getByRole('img', { name: s.qr });
      await qr.waitFor();
      await page.getByText(/秒后更换/).waitFor();
      const token = await qr.getAttribute('data-token');
      expect(token).toBeTruthy();
      const id = new URL(page.url()).searchParams.get('view');
      checkInUrl = `/check-in?session=${id}&token=${encodeURIComponent(token ?? '')}`;
      await screenshot(page, 'study-sessions-qr.png');
      await page.keyboard.press('Escape');
    });

    it('brings the cadre back to the check-in page after his login and checks him in', async () => {
      await page.context().clearCookies();
      await page.goto(checkInUrl);
      await page.waitForURL('**/login');
      // the login form of the redirect (not a fresh /login): the app returns to the QR's address
      await page.getByLabel(text.auth.username).fill('cadre');
      await page.getByLabel(text.auth.password).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: text.auth.login }).click();
      await page.waitForURL('**/check-in?**');
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByRole('button', { name: s.checkIn.button }).click();
      await page.getByText(/签到成功：出席/).waitFor();
      await screenshot(page, 'study-sessions-checked-in.png');
      // a second scan changes nothing
      await page.reload();
      await page.getByRole('button', { name: s.checkIn.button }).click();
      await page.getByText(/您已签到：出席/).waitFor();
    });

    it('shows the check-in in the roster; a leave needs a reason; the counts follow', async () => {
      await page.context().clearCookies();
      await logIn(page, 'unit');
      await page.goto('/study-sessions');
      const row = page.locator('.ant-table-row').filter({ hasText: title });
      await row.getByText(/出席 1\/\d+/).waitFor();
      await row.getByRole('button', { name: title }).click();
      const drawer = page.getByRole('dialog', { name: title });
      await drawer
        .getByText(/扫码签到/)
        .first()
        .waitFor();
      const rows = drawer.locator('.ant-table-row');
      // the first row still unrecorded: 请假 without a reason is refused in words
      const name = await rows
        .filter({ hasText: s.statuses.expected })
        .first()
        .locator('td')
        .first()
        .textContent();
      const other = rows.filter({ hasText: name ?? '' }).first();
      await other.locator('.ant-select').click();
      await pickOption(page, s.statuses.leave);
      await drawer.getByRole('button', { name: s.saveAttendance }).click();
      await drawer.getByText(s.reasonRequired).waitFor();
      await other.getByPlaceholder(s.reasonPlaceholder).fill('下乡指导春耕');
      await drawer.getByRole('button', { name: s.saveAttendance }).click();
      await page.locator('.ant-message').getByText(s.attendanceSaved).waitFor();
      await drawer.getByText(/出席 1、迟到 0、请假 1/).waitFor();
      await screenshot(page, 'study-sessions-roster.png');
    });
  },
);
