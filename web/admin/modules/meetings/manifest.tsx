import { TeamOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { selfExamGroup } from '../learning/menuGroups';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/** 民主生活会 / 组织生活会 (查摆整改, order 73). */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'meetings',
      page: lazyPage('MeetingsPage'),
      title: 'meetings.title',
      roles: pageRoles('meetings'),
      menu: { order: 73, group: selfExamGroup, icon: <TeamOutlined /> },
    },
  ],
};
