import type { ServerModule } from '../../platform/module.ts';
import { registerRectificationRoutes } from './rectifications.routes.ts';
import {
  mayReadRectificationFiles,
  RECTIFICATION_ATTACHMENT_OWNER,
  rectificationsTile,
  remindOverdue,
  reopenDissatisfied,
} from './rectifications.service.ts';

export const rectificationsModule: ServerModule = {
  name: 'rectifications',
  routes: registerRectificationRoutes,
  // hourly: a 不满意 sends a waiting item back; overdue items' cadres are told once a day per item
  jobs: ({ db }) => [
    { name: 'rectifications-dissatisfied', run: () => reopenDissatisfied(db) },
    { name: 'rectifications-overdue', run: () => remindOverdue(db) },
  ],
  // an item's evidence files
  attachmentOwners: { [RECTIFICATION_ATTACHMENT_OWNER]: mayReadRectificationFiles },
  // 整改进度 on the home page
  dashboardTiles: [rectificationsTile],
};
