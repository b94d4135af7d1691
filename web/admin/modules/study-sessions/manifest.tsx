import { TeamOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { learningGroup } from '../learning/menuGroups';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/**
 * 学习座谈 (issue 13 §2) under 学习教育; 扫码签到 (/check-in) is where the session's QR code
 * lands: no menu entry, and after a login the shell comes back to it with its address.
 */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'study-sessions',
      page: lazyPage('StudySessionsPage'),
      title: 'studySessions.title',
      roles: pageRoles('studySessions'),
      menu: { order: 62, icon: <TeamOutlined />, group: learningGroup },
    },
    {
      path: 'check-in',
      page: lazyPage('CheckInPage'),
      title: 'studySessions.checkIn.title',
      parent: '/study-sessions',
    },
  ],
};
