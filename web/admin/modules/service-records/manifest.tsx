import { HeartOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { learningGroup } from '../learning/menuGroups';
import { menuPage } from '../shell/manifest';

/** 一线服务: 选派一线 and 志愿服务 */
const menu = { order: 65, icon: <HeartOutlined />, group: learningGroup };
export const manifest = menuPage(
  'service-records',
  'ServiceRecordsPage',
  'serviceRecords.title',
  menu,
  pageRoles('serviceRecords'),
);
