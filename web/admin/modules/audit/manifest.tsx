import { AuditOutlined } from '@ant-design/icons';
import { pageRoles } from '../../../../common/access.ts';
import { menuPage } from '../shell/manifest';

/** 审计日志: the admin and the inspector read it. */
const menu = { order: 140, icon: <AuditOutlined /> };
export const manifest = menuPage('audit', 'AuditPage', 'menu.audit', menu, pageRoles('audit'));
