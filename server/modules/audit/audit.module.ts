import type { ServerModule } from '../../platform/module.ts';
import { registerAuditRoutes } from './audit.routes.ts';

export const auditModule: ServerModule = {
  name: 'audit',
  routes: registerAuditRoutes,
};
