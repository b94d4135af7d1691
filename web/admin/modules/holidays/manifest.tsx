import { CalendarOutlined } from '@ant-design/icons';
import { lazyPage, type ModuleManifest } from '../shell/manifest';

export const manifest: ModuleManifest = {
  pages: [
    {
      path: 'holidays',
      page: lazyPage(() => import('../../pages/HolidaysPage'), 'HolidaysPage'),
      title: 'holidays.menu',
      menu: { order: 130, icon: <CalendarOutlined /> },
    },
  ],
};
