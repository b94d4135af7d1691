import type { ServerModule } from '../../platform/module.ts';
import { registerAttachmentRoutes } from './attachments.routes.ts';

export const attachmentsModule: ServerModule = {
  name: 'attachments',
  routes: registerAttachmentRoutes,
};
