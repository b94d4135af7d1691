import type { CurrentUser } from '../auth/types/auth';
import type { ModuleManifest, PageManifest } from './manifest';

// Every module's manifest, found by its file name: adding a module is adding its manifest.
const found = import.meta.glob<{ manifest: ModuleManifest }>('../*/manifest.tsx', {
  eager: true,
});

/** Every page of every module, in menu order (pages without a menu entry last). */
export const PAGES: readonly PageManifest[] = Object.values(found)
  .flatMap((m) => m.manifest.pages)
  .sort((a, b) => (a.menu?.order ?? Infinity) - (b.menu?.order ?? Infinity));

/** The page may be opened by this account (`roles` absent: every account). */
export function mayOpen(page: Pick<PageManifest, 'roles'>, user: CurrentUser): boolean {
  return !page.roles || page.roles.includes(user.role);
}

/** The page has an entry in this account's side menu. */
export function inMenu(page: PageManifest, user: CurrentUser): boolean {
  const menu = page.menu;
  if (!menu || !mayOpen(page, user)) return false;
  if (menu.roles && !menu.roles.includes(user.role)) return false;
  return menu.when ? menu.when(user) : true;
}
