import { FlagOutlined, ScheduleOutlined } from '@ant-design/icons';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

/** 活动 (planning, with a campaign's detail below its list) and 任务进展 (the units' tasks). */
export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'campaigns',
      page: lazyPage('CampaignsPage'),
      title: 'campaigns.menu',
      menu: { order: 50, icon: <FlagOutlined /> },
    },
    {
      path: 'campaigns/:id',
      page: lazyPage('CampaignDetailPage'),
      title: 'app.campaignDetail',
      parent: '/campaigns',
    },
    {
      path: 'assignments',
      page: lazyPage('CampaignAssignmentsPage'),
      title: 'campaigns.myTasksMenu',
      menu: { order: 60, icon: <ScheduleOutlined /> },
    },
  ],
};
