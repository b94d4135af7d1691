import { CommentOutlined, ControlOutlined, MessageOutlined } from '@ant-design/icons';
import { ACCESS, pageRoles } from '../../../../common/access.ts';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/**
 * 诉求件: the list for those who oversee cases (a cadre has his 诉求清单, though a link to the
 * list still opens), a case's detail, 诉求清单 and 类别与时限 (the planners').
 */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'cases',
      page: lazyPage('CasesPage'),
      title: 'cases.menu',
      menu: { order: 90, icon: <CommentOutlined />, roles: pageRoles('cases') },
    },
    {
      path: 'cases/:id',
      page: lazyPage('CaseDetailPage'),
      title: 'app.caseDetail',
      parent: '/cases',
    },
    {
      path: 'my/cases',
      page: lazyPage('MyCasesPage'),
      title: 'cases.myMenu',
      menu: { order: 100, icon: <MessageOutlined />, when: (user) => Boolean(user.cadreId) },
    },
    {
      path: 'case-categories',
      page: lazyPage('CaseCategoriesPage'),
      title: 'cases.categoriesMenu',
      roles: ACCESS.caseCategories.write,
      menu: { order: 110, icon: <ControlOutlined /> },
    },
  ],
};
