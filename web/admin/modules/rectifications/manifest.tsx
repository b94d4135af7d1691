import { CheckSquareOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { selfExamGroup } from '../learning/menuGroups';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/** 整改清单 (查摆整改, order 72): a cadre his own items, the units and the office their scope. */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'rectifications',
      page: lazyPage('RectificationsPage'),
      title: 'rectifications.title',
      roles: pageRoles('rectifications'),
      menu: { order: 72, group: selfExamGroup, icon: <CheckSquareOutlined /> },
    },
  ],
};
