import { BookOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { learningGroup } from '../learning/menuGroups';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/** 学习资料: the page of everyone who reads (a cadre studies, a unit confirms, the office sends). */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'materials',
      page: lazyPage('MaterialsPage'),
      title: 'materials.menu',
      roles: pageRoles('materials'),
      menu: { order: 61, icon: <BookOutlined />, group: learningGroup },
    },
  ],
};
