import type { ServerModule } from '../../platform/module.ts';
import {
  activitiesTile,
  canReadReport,
  notifyOverdueAssignments,
  REPORT_OWNER,
} from './assignments.service.ts';
import { registerCampaignRoutes } from './campaigns.routes.ts';

export const campaignsModule: ServerModule = {
  name: 'campaigns',
  routes: registerCampaignRoutes,
  jobs: ({ db }) => [{ name: 'overdue-assignments', run: () => notifyOverdueAssignments(db) }],
  // files of a progress report (进展报告)
  attachmentOwners: { [REPORT_OWNER]: canReadReport },
  // 活动项目进度 on the home page
  dashboardTiles: [activitiesTile],
};
