import { matchPath } from 'react-router-dom';
import { type MessageKey, t } from '../../i18n';

/**
 * Where a page sits: its title (the browser tab and the last crumb) and the crumbs above it. One
 * row per route of App.tsx; the titles are the side menu's words.
 */
type PageRow = { path: string; title: MessageKey; parent?: string; group?: MessageKey };

const PAGES: readonly PageRow[] = [
  { path: '/login', title: 'app.login' },
  { path: '/my', title: 'menu.my' },
  { path: '/my/cases', title: 'cases.myMenu' },
  { path: '/visits', title: 'menu.visits' },
  { path: '/cases', title: 'cases.menu' },
  { path: '/cases/:id', title: 'app.caseDetail', parent: '/cases' },
  { path: '/case-categories', title: 'cases.categoriesMenu' },
  { path: '/compliance', title: 'menu.compliance' },
  { path: '/orgs', title: 'menu.orgs' },
  { path: '/cadres', title: 'menu.cadres' },
  { path: '/contact-points', title: 'menu.contactPoints' },
  { path: '/campaigns', title: 'campaigns.menu' },
  { path: '/campaigns/:id', title: 'app.campaignDetail', parent: '/campaigns' },
  { path: '/assignments', title: 'campaigns.myTasksMenu' },
  { path: '/households', title: 'households.menu.households', group: 'households.menu.group' },
  { path: '/pairings', title: 'households.menu.pairings', group: 'households.menu.group' },
  { path: '/assistance', title: 'households.menu.assistance', group: 'households.menu.group' },
  { path: '/holidays', title: 'holidays.menu' },
  { path: '/audit', title: 'menu.audit' },
  { path: '/users', title: 'users.menu' },
  { path: '/outbox', title: 'outbox.menu' },
  { path: '/settings', title: 'settings.menu' },
];

export type Crumb = { title: string; path?: string };
export type PageTrail = { title: string; crumbs: Crumb[] };

function rowOf(pathname: string): PageRow | undefined {
  return PAGES.find((p) => matchPath({ path: p.path, end: true }, pathname));
}

/** The title and crumbs of a path; an unknown path is 页面不存在. */
export function pageTrailOf(pathname: string): PageTrail {
  const row = rowOf(pathname);
  if (!row) {
    const title = pathname === '/' ? t('app.home') : t('app.notFound');
    return { title, crumbs: [{ title: t('app.home'), path: '/' }, { title }] };
  }
  const crumbs: Crumb[] = [{ title: t('app.home'), path: '/' }];
  if (row.group) crumbs.push({ title: t(row.group) });
  const parent = row.parent ? rowOf(row.parent) : undefined;
  if (parent && row.parent) crumbs.push({ title: t(parent.title), path: row.parent });
  crumbs.push({ title: t(row.title) });
  return { title: t(row.title), crumbs };
}

export function documentTitleOf(pathname: string): string {
  return t('app.documentTitle', { page: pageTrailOf(pathname).title });
}
