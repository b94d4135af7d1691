import type { ServerModule } from '../platform/module.ts';
import { assistanceModule } from './assistance/assistance.module.ts';
import { attachmentsModule } from './attachments/attachments.module.ts';
import { auditModule } from './audit/audit.module.ts';
import { authModule } from './auth/auth.module.ts';
import { cadresModule } from './cadres/cadres.module.ts';
import { campaignsModule } from './campaigns/campaigns.module.ts';
import { cardsModule } from './cards/cards.module.ts';
import { casesModule } from './cases/cases.module.ts';
import { channelsModule } from './channels/channels.module.ts';
import { complianceModule } from './compliance/compliance.module.ts';
import { contactPointsModule } from './contact-points/contact-points.module.ts';
import { dashboardModule } from './dashboard/dashboard.module.ts';
import { discussionModule } from './discussion/discussion.module.ts';
import { holidaysModule } from './holidays/holidays.module.ts';
import { householdsModule } from './households/households.module.ts';
import { learningModule } from './learning/learning.module.ts';
import { lettersModule } from './letters/letters.module.ts';
import { materialsModule } from './materials/materials.module.ts';
import { meetingsModule } from './meetings/meetings.module.ts';
import { notificationsModule } from './notifications/notifications.module.ts';
import { open311Module } from './open311/open311.module.ts';
import { orgsModule } from './orgs/orgs.module.ts';
import { pairingsModule } from './pairings/pairings.module.ts';
import { publicLettersModule } from './public-letters/public-letters.module.ts';
import { rectificationsModule } from './rectifications/rectifications.module.ts';
import { reflectionsModule } from './reflections/reflections.module.ts';
import { researchModule } from './research/research.module.ts';
import { reviewsModule } from './reviews/reviews.module.ts';
import { selfExamsModule } from './self-exams/self-exams.module.ts';
import { serviceRecordsModule } from './service-records/service-records.module.ts';
import { settingsModule } from './settings/settings.module.ts';
import { sixOnesModule } from './six-ones/six-ones.module.ts';
import { studySessionsModule } from './study-sessions/study-sessions.module.ts';
import { usersModule } from './users/users.module.ts';
import { visitsModule } from './visits/visits.module.ts';

/**
 * Every server module, in the order `buildApp` registers their routes (auth first: the session
 * routes come before everything else; open311 last, in its own plugin scope).
 * `main.ts` starts their jobs in this order too.
 */
export const serverModules: readonly ServerModule[] = [
  authModule,
  orgsModule,
  cadresModule,
  campaignsModule,
  contactPointsModule,
  usersModule,
  attachmentsModule,
  notificationsModule,
  householdsModule,
  pairingsModule,
  assistanceModule,
  visitsModule,
  casesModule,
  publicLettersModule,
  holidaysModule,
  settingsModule,
  channelsModule,
  complianceModule,
  researchModule,
  lettersModule,
  reviewsModule,
  sixOnesModule,
  cardsModule,
  studySessionsModule,
  materialsModule,
  learningModule,
  auditModule,
  reflectionsModule,
  selfExamsModule,
  discussionModule,
  serviceRecordsModule,
  rectificationsModule,
  meetingsModule,
  dashboardModule,
  open311Module,
];
