import { matchPath } from 'react-router-dom';
import { type MessageKey, t } from '../../i18n';
import type { PageManifest } from './manifest';
import { PAGES } from './pages';

/**
 * Where a page sits: its title (the browser tab and the last crumb) and the crumbs above it —
 * the modules' manifests (their titles are the side menu's words), and the login page.
 */
type PageRow = Pick<PageManifest, 'path' | 'title' | 'parent'> & { group?: MessageKey };

const ROWS: readonly PageRow[] = [
  { path: '/login', title: 'app.login' },
  ...PAGES.map((p) => ({
    path: `/${p.path}`,
    title: p.title,
    parent: p.parent,
    group: p.menu?.group?.label,
  })),
];

export type Crumb = { title: string; path?: string };
export type PageTrail = { title: string; crumbs: Crumb[] };

function rowOf(pathname: string): PageRow | undefined {
  return ROWS.find((p) => matchPath({ path: p.path, end: true }, pathname));
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
