import { pageRoles } from '../../../../common/access.ts';
import { lazyPage, type ModuleManifest } from '../shell/manifest';
import { learningGroup } from './menuGroups';

/** 学习参与情况: the overseers' page of participation by unit and by cadre. */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'learning',
      page: lazyPage('LearningParticipationPage'),
      title: 'learning.menu.participation',
      roles: pageRoles('learning'),
      menu: { order: 60, group: learningGroup },
    },
  ],
};
