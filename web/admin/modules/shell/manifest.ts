import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { TRole } from '../../../../common/access.ts';
import type { MessageKey } from '../../i18n';
import type { CurrentUser } from '../auth/types/auth';

/** A heading of the side menu that holds several modules' pages (入户结亲). */
export type MenuGroup = { key: string; label: MessageKey; icon: ReactNode };

/** One page of a feature module: its route, title, place in the menu and who may open it. */
export type PageManifest = {
  /** the route below the signed-in layout, e.g. `cadres`, `cases/:id` */
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** the browser tab, the last crumb and (unless `menu.label`) the menu entry */
  title: MessageKey;
  /** the page above it in the crumbs (a detail page under its list), e.g. `/cases` */
  parent?: string;
  /**
   * who may open the page (route guard and menu), from the access table of common/access.ts;
   * absent: every signed-in account. Others get 无权访问.
   */
  roles?: readonly TRole[];
  /** the page's entry in the side menu; absent: reached by links only */
  menu?: {
    /** place in the menu, smallest first */
    order: number;
    icon?: ReactNode;
    group?: MenuGroup;
    /** shown to these roles only (the page itself stays open to `roles`) */
    roles?: readonly TRole[];
    /** shown only when this holds, e.g. the account is linked to a cadre */
    when?: (user: CurrentUser) => boolean;
  };
};

/** What a feature module gives the shell: `modules/<x>/manifest.tsx` exports `manifest`. */
export type ModuleManifest = { pages: readonly PageManifest[] };

// The pages (web/admin/pages/<Name>.tsx), each loaded on demand: the first download stays small.
const pageFiles = import.meta.glob<Record<string, ComponentType>>('../../pages/*.tsx');

/** The page `web/admin/pages/<name>.tsx` (its export `<name>`), loaded when first shown. */
export function lazyPage(name: string): LazyExoticComponent<ComponentType> {
  const load = pageFiles[`../../pages/${name}.tsx`];
  if (!load) throw new Error(`no page web/admin/pages/${name}.tsx`);
  return lazy(() => load().then((m) => ({ default: m[name] as ComponentType })));
}

/** The usual manifest: one page with its menu entry (and the roles that may open it). */
export function menuPage(
  path: string,
  page: string,
  title: MessageKey,
  menu: NonNullable<PageManifest['menu']>,
  roles?: readonly TRole[],
): ModuleManifest {
  return { pages: [{ path, page: lazyPage(page), title, menu, roles }] };
}
