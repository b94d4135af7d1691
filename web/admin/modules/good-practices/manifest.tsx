import { StarOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/** 经验做法 (the lasting mechanism, plan item 9): after 活动 and 任务进展 in the menu. */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'good-practices',
      page: lazyPage('GoodPracticesPage'),
      title: 'goodPractices.title',
      roles: pageRoles('goodPractices'),
      menu: { order: 62, icon: <StarOutlined /> },
    },
  ],
};
