import type { ServerModule } from '../../platform/module.ts';
import { autoSignOff, escalateOverdueCases } from './cases.jobs.ts';
import { registerCaseRoutes } from './cases.routes.ts';
import { CASE_ATTACHMENT_OWNER, mayReadCaseFiles } from './cases.service.ts';

export const casesModule: ServerModule = {
  name: 'cases',
  routes: registerCaseRoutes,
  // cases past their time limit are flagged and escalated once; unrated answers are signed off
  jobs: ({ db }) => [
    { name: 'overdue-cases', run: () => escalateOverdueCases(db) },
    { name: 'auto-sign-off', run: () => autoSignOff(db) },
  ],
  attachmentOwners: { [CASE_ATTACHMENT_OWNER]: mayReadCaseFiles },
};
