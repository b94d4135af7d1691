import type { ServerModule } from '../../platform/module.ts';
import { registerStudySessionRoutes } from './study-sessions.routes.ts';
import { mayReadSessionFiles, STUDY_SESSION_ATTACHMENT_OWNER } from './study-sessions.service.ts';

export const studySessionsModule: ServerModule = {
  name: 'study-sessions',
  routes: registerStudySessionRoutes,
  // a session's photos and scanned sign-in sheets
  attachmentOwners: { [STUDY_SESSION_ATTACHMENT_OWNER]: mayReadSessionFiles },
};
