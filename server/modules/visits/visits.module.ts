import type { ServerModule } from '../../platform/module.ts';
import { registerVisitRoutes } from './visits.routes.ts';
import { mayReadVisitFiles, VISIT_ATTACHMENT_OWNER } from './visits.service.ts';

export const visitsModule: ServerModule = {
  name: 'visits',
  routes: registerVisitRoutes,
  // a visit's photos
  attachmentOwners: { [VISIT_ATTACHMENT_OWNER]: mayReadVisitFiles },
};
