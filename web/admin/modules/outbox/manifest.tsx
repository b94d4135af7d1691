import { MailOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { menuPage } from '../shell/manifest';

/** 发件箱 (系统管理): the admin's page; the office may read it through the API. */
const menu = { order: 160, icon: <MailOutlined /> };
export const manifest = menuPage('outbox', 'OutboxPage', 'outbox.menu', menu, pageRoles('outbox'));
